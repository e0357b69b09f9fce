"use client";

import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useActionForm } from "@/components/forms/use-action-form";
import { buttonClass } from "@/components/ui/button-link";
import { changeUserRoleAction } from "@/lib/actions/change-user-role";
import { ROLE_LABELS, ROLES } from "@/lib/auth/roles";
import type { Role } from "@/lib/generated/prisma/enums";
import { ChangeRoleSchema, type ChangeRole } from "@/lib/validations/users";

/** One user's role: a select and a save button, with the outcome next to them. */
export function RoleForm({ userId, email, role }: { userId: string; email: string; role: Role }) {
  const form = useForm<ChangeRole>({ resolver: zodResolver(ChangeRoleSchema), defaultValues: { userId, role } });
  const { isDirty } = form.formState;
  const { submit, message, isOk, isBusy } = useActionForm(form);
  const selectId = `role-${userId}`;

  const onSubmit = submit(changeUserRoleAction, { then: (answer, values) => answer.ok && form.reset(values) });

  return (
    <form onSubmit={onSubmit}>
      <div className="flex items-center gap-2">
        <input type="hidden" {...form.register("userId")} />
        <label htmlFor={selectId} className="text-sm text-slate-600">
          Role<span className="sr-only"> of {email}</span>
        </label>
        <select
          id={selectId}
          {...form.register("role")}
          aria-describedby={`${selectId}-status`}
          className="rounded-md border border-slate-300 bg-white py-1.5 pl-2 pr-8 text-sm text-slate-900 shadow-sm focus:border-brand-500"
        >
          {ROLES.map((value) => (
            <option key={value} value={value}>
              {ROLE_LABELS[value]}
            </option>
          ))}
        </select>
        <button type="submit" disabled={isBusy || !isDirty} className={buttonClass.secondary}>
          {isBusy ? "Saving…" : "Save"}
        </button>
      </div>
      <p id={`${selectId}-status`} aria-live="polite" className={`mt-1 text-sm empty:mt-0 ${isOk ? "text-emerald-700" : "text-rose-700"}`}>
        {message}
      </p>
    </form>
  );
}
