/** An actor's properties as the details panel lists them; an inherited country says so. */
import type { ActorDto } from "../../api/types.ts";
import { toCountryText } from "../../core/facets/inheritedCountries.ts";

export function ActorProperties({ actor }: { actor: ActorDto }) {
  return (
    <dl className="properties">
      <dt>Type</dt>
      <dd>
        {actor.type}
        {actor.subtype ? ` (${actor.subtype})` : ""}
      </dd>
      {actor.country && (
        <>
          <dt>Country</dt>
          <dd data-testid="details-country">
            {toCountryText({ country: actor.country, countrySource: actor.countrySource ?? null })}
          </dd>
        </>
      )}
      {actor.role && (
        <>
          <dt>Role</dt>
          <dd>{actor.role}</dd>
        </>
      )}
      {actor.aliases && actor.aliases.length > 0 && (
        <>
          <dt>Also</dt>
          <dd>{actor.aliases.join(" · ")}</dd>
        </>
      )}
      {actor.description && (
        <>
          <dt>About</dt>
          <dd>{actor.description}</dd>
        </>
      )}
    </dl>
  );
}
