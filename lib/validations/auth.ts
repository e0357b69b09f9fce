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
