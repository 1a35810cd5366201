/** How many labels the graph draws, and the pins: how many, and a way to release them all. */
import { useExplorer } from "../../core/store.ts";
import { LABEL_DENSITY_RANGE } from "../../core/upClose/upCloseParams.ts";
import { DEFAULT_LABEL_DENSITY } from "../graph/createSigma.ts";
import "./upClose.css";

/** The slider is logarithmic: sigma's density matters by factors, from a few labels to all. */
const toSlider = (density: number) => Math.log(density);
const fromSlider = (value: number) => Number(Math.exp(value).toPrecision(2));

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
          min={toSlider(LABEL_DENSITY_RANGE.min)}
          max={toSlider(LABEL_DENSITY_RANGE.max)}
          step={0.05}
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
