/**
 * Where an author page's watch button goes. The "follow" work (issue 11, item 1) fills this slot with the
 * real button; until then it renders nothing.
 */
export function AuthorWatchSlot({ authorId }: { authorId: string }) {
  return <div data-watch-slot="author" data-author-id={authorId} className="contents" />;
}
