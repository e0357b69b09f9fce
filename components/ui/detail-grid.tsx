/**
 * A main column and an 18rem sidebar on wide screens. On narrow ones both melt into one column whose
 * pieces follow their `order-*` classes, so that a sidebar card can sit between two main ones.
 */
export function DetailGrid({ main, aside }: { main: React.ReactNode; aside: React.ReactNode }) {
  return (
    <div className="flex flex-col gap-6 lg:grid lg:grid-cols-[minmax(0,1fr)_18rem] lg:items-start">
      <div className="contents lg:block lg:min-w-0 lg:space-y-6">{main}</div>
      <div className="contents lg:block lg:space-y-6">{aside}</div>
    </div>
  );
}
