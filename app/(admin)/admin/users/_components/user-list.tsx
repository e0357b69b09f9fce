import { formatDate } from "@/lib/format";
import type { UserListEntry } from "@/lib/data/users";
import { RoleForm } from "./role-form";

/** Users with their role forms: a table on wide screens, one card per user on a phone. */
export function UserList({ users, viewerId }: { users: UserListEntry[]; viewerId: string }) {
  return (
    <div className="overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm">
      <div className="hidden grid-cols-[minmax(0,1fr)_8rem_18rem] gap-4 border-b border-slate-200 bg-slate-50 px-4 py-2 text-xs font-semibold uppercase tracking-wide text-slate-500 md:grid">
        <span>User</span>
        <span>Joined</span>
        <span>Role</span>
      </div>
      <ul className="divide-y divide-slate-100">
        {users.map((user) => (
          <li
            key={user.id}
            data-testid={`user-row-${user.email}`}
            className="grid gap-x-4 gap-y-2 px-4 py-3 md:grid-cols-[minmax(0,1fr)_8rem_18rem] md:items-center"
          >
            <div className="min-w-0">
              <p className="truncate font-medium text-slate-900">
                {user.name ?? "—"}
                {user.id === viewerId && <span className="ml-2 text-xs font-normal text-slate-500">(you)</span>}
              </p>
              <p className="break-all text-sm text-slate-600">{user.email}</p>
            </div>
            <p className="text-sm text-slate-600">
              <span className="md:hidden">Joined </span>
              <time dateTime={user.createdAt.toISOString()}>{formatDate(user.createdAt)}</time>
            </p>
            <RoleForm userId={user.id} email={user.email} role={user.role} />
          </li>
        ))}
      </ul>
    </div>
  );
}
