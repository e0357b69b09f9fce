import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requireUserOrSignIn } from "@/lib/auth";
import { isAdmin } from "@/lib/auth/roles";
import { listUsers } from "@/lib/data/users";
import { plural } from "@/lib/format";
import { UserListQuerySchema } from "@/lib/validations/users";
import { UserList } from "./_components/user-list";
import { UserSearch } from "./_components/user-search";

export const metadata: Metadata = { title: "Users and roles", robots: { index: false } };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function usersHref(query: string, page: number): string {
  const params = new URLSearchParams({ ...(query && { q: query }), ...(page > 1 && { page: String(page) }) });
  return params.size > 0 ? `/admin/users?${params}` : "/admin/users";
}

export default async function AdminUsersPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await requireUserOrSignIn("/admin/users");
  if (!isAdmin(viewer)) forbidden();
  const { q, page } = UserListQuerySchema.parse(await searchParams);
  const { users, total, pageCount } = await listUsers({ query: q, page });

  return (
    <>
      <PageHeader
        title="Users and roles"
        subtitle="Moderators review submissions and edit the catalogue; admins also change roles. A change applies on the user's next request."
      />
      <UserSearch query={q} />
      <p className="mb-3 text-sm text-slate-600">{q ? `${plural(total, "user")} matching “${q}”` : plural(total, "user")}</p>
      {users.length === 0 ? <EmptyState>No user’s email contains “{q}”.</EmptyState> : <UserList users={users} viewerId={viewer.id} />}
      <Pagination page={page} pageCount={pageCount} hrefFor={(target) => usersHref(q, target)} />
    </>
  );
}
