/** A speaker badge. The colon is for screen readers and copied text ("LeCun: …"). */
export function Speaker({ name }: { name: string }) {
  return (
    <span className="speaker">
      {name}
      <span className="sr-only">: </span>
    </span>
  );
}
