/**
 * The accessible name DESIGN.md's text surface gives a region ("Members", "Events"), the same in
 * every interface language: tools and tests find the region by it. It is marked as English, so a
 * screen reader says it as such; the region's visible heading speaks the interface's language.
 */
export function ContractName({ id, name }: { id: string; name: "Members" | "Events" }) {
  return (
    <span id={id} lang="en" hidden>
      {name}
    </span>
  );
}
