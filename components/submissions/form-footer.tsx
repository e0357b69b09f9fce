import { buttonClass } from "@/components/ui/button-link";
import { FormMessage } from "@/components/ui/field";

/** The send button (and any other, e.g. "Check"), then the form's own message. */
export function FormFooter({
  label,
  isSending,
  isBusy,
  message,
  children,
}: {
  label: string;
  isSending: boolean;
  isBusy: boolean;
  message?: string;
  children?: React.ReactNode;
}) {
  return (
    <>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={isBusy} className={buttonClass.primary}>
          {isSending ? "Sending…" : label}
        </button>
        {children}
      </div>
      <FormMessage>{message}</FormMessage>
    </>
  );
}
