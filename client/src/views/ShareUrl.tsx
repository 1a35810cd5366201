/** A console's link, shown selectable once made (both consoles share it). */
export function ShareUrl({ url, testId }: { url: string; testId: string }) {
  return (
    <input
      className="share-url"
      readOnly
      aria-label="Link to this query"
      data-testid={testId}
      value={url}
      onFocus={(e) => e.target.select()}
    />
  );
}
