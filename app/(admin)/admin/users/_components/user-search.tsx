import { buttonClass } from "@/components/ui/button-link";
import { inputClass } from "@/components/ui/field";

/** Search by email: a plain GET form, so that a search is a link one can share. */
export function UserSearch({ query }: { query: string }) {
  return (
    <form action="/admin/users" role="search" className="mb-4 flex flex-wrap items-end gap-2">
      <div className="min-w-0 flex-1 sm:max-w-sm">
        <label htmlFor="user-search" className="block text-sm font-medium text-slate-800">
          Search by email
        </label>
        <input id="user-search" name="q" type="search" defaultValue={query} placeholder="ada@example.org" className={`${inputClass} mt-1`} />
      </div>
      <button type="submit" className={`${buttonClass.secondary} py-2`}>
        Search
      </button>
    </form>
  );
}
