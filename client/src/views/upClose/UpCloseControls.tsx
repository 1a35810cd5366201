/** How many labels the graph draws, and the pins: how many, and a way to release them all. */
import { useExplorer } from "../../core/store.ts";
import { LABEL_DENSITY_RANGE } from "../../core/upClose/upCloseParams.ts";
import { DEFAULT_LABEL_DENSITY } from "../graph/createSigma.ts";
import "./upClose.css";

/**
 * The slider is logarithmic: sigma's density matters by factors, from a few labels to all. Its
 * ends are multiples of its step, so that a density of 1 (log 0) is on it.
 */
const STEP = 0.05;
const toSlider = (density: number) => Math.log(density);
const fromSlider = (value: number) => {
  const { min, max } = LABEL_DENSITY_RANGE;
  return Math.min(max, Math.max(min, Number(Math.exp(value).toPrecision(2))));
};
const SLIDER_MIN = Math.floor(toSlider(LABEL_DENSITY_RANGE.min) / STEP) * STEP;
const SLIDER_MAX = Math.ceil(toSlider(LABEL_DENSITY_RANGE.max) / STEP) * STEP;

export function UpCloseControls() {
  const density = useExplorer((s) => s.labelDensity);
  const pins = useExplorer((s) => Object.keys(s.pins).length);
  const { setLabelDensity, unpinAll } = useExplorer.getState();
  return (
    <div className="up-close-controls" role="group" aria-label="Labels and pins">
      <label>
        Labels
        <input
          type="range"
          data-testid="label-density"
          min={SLIDER_MIN}
          max={SLIDER_MAX}
          step={STEP}
          value={toSlider(density ?? DEFAULT_LABEL_DENSITY)}
          onChange={(e) => setLabelDensity(fromSlider(Number(e.target.value)))}
          aria-valuetext={`${density ?? DEFAULT_LABEL_DENSITY} labels per cell`}
        />
      </label>
      {pins > 0 && (
        <button type="button" data-testid="unpin-all" onClick={unpinAll} title="Dragged actors stay where dropped">
          Unpin {pins}
        </button>
      )}
    </div>
  );
}
