import { z } from "zod";
import { inputString } from "@/lib/validations/text";

export const PASSWORD_MIN_LENGTH = 10;
// argon2 hashes any length, but a megabyte-long "password" is only a way to burn CPU.
export const PASSWORD_MAX_LENGTH = 200;

const Email = inputString()
  .trim()
  .toLowerCase()
  .min(1, "Enter your email address")
  .max(254, "Use at most 254 characters")
  .pipe(z.email("Enter a valid email address, like ada@example.org"));

const NewPassword = inputString()
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters`);

const Name = inputString().trim().min(1, "Enter your name").max(100, "Use at most 100 characters");

/** /signup: what a new account needs. */
export const SignUpSchema = z.object({ name: Name, email: Email, password: NewPassword });
export type SignUp = z.infer<typeof SignUpSchema>;

/** /signin: any non-empty password is checked, so that a later minimum never locks out older accounts. */
export const SignInSchema = SignUpSchema.pick({ email: true }).extend({
  password: inputString().min(1, "Enter your password").max(PASSWORD_MAX_LENGTH, "Incorrect email or password"),
});
export type SignIn = z.infer<typeof SignInSchema>;

/** /profile: what a user may change about themselves. */
export const UpdateProfileSchema = SignUpSchema.pick({ name: true });
export type UpdateProfile = z.infer<typeof UpdateProfileSchema>;

/** A new password typed twice: the second must match. */
const NewPasswordTwice = z.object({
  newPassword: NewPassword,
  confirmPassword: z.string().max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters`),
});

function withMatchingPasswords<T extends typeof NewPasswordTwice>(schema: T) {
  return schema.refine((values) => values.newPassword === values.confirmPassword, {
    path: ["confirmPassword"],
    message: "The two new passwords differ",
  });
}

/** /profile: a new password, with the current one. */
export const ChangePasswordSchema = withMatchingPasswords(
  NewPasswordTwice.extend({
    currentPassword: z.string().min(1, "Enter your current password").max(PASSWORD_MAX_LENGTH, "This is not your current password"),
  }),
);
export type ChangePassword = z.infer<typeof ChangePasswordSchema>;

/** /forgot-password: where to send the link. */
export const RequestPasswordResetSchema = SignUpSchema.pick({ email: true });
export type RequestPasswordReset = z.infer<typeof RequestPasswordResetSchema>;

/** /reset-password: the link's token and the new password. */
export const ResetPasswordSchema = withMatchingPasswords(NewPasswordTwice.extend({ token: z.string().min(1).max(200) }));
export type ResetPassword = z.infer<typeof ResetPasswordSchema>;
