import { prisma } from "@/lib/db";
import { createSubmission } from "@/lib/submissions/create-submission";
import type { CreateSubmission } from "@/lib/validations/submission";
import { DEMO_ACCOUNTS } from "@/lib/auth/demo-accounts";

// A real result waiting in the demo's moderation queue: it proposes a benchmark the catalogue lacks.
const TRANSFORMER_EN_FR: CreateSubmission = {
  benchmark: {
    task: "Machine Translation",
    dataset: "WMT2014 English-French",
    subset: "",
    metrics: [{ name: "BLEU score", direction: "HIGHER_IS_BETTER", unit: "" }],
  },
  paper: { ref: "https://arxiv.org/abs/1706.03762", title: "", authors: "", publishedAt: "" },
  rows: [
    {
      modelName: "Transformer (big)",
      values: ["41.8"],
      usesExtraData: false,
      extraData: "",
      codeUrl: "https://github.com/tensorflow/tensor2tensor",
      evaluatedAt: "",
      evidence: "Table 2 (newstest2014)",
    },
  ],
  comment: "English→French, from the same table as the English→German rows already on the site.",
};

/** Sends the demo user's pending submission, once; does nothing without the demo accounts. */
export async function createDemoSubmissions(): Promise<number> {
  const user = await prisma.user.findUnique({ where: { email: DEMO_ACCOUNTS.find((account) => account.role === "USER")!.email }, select: { id: true } });
  if (!user || (await prisma.submission.count({ where: { submitterId: user.id } })) > 0) return 0;
  await createSubmission(user.id, TRANSFORMER_EN_FR);
  return 1;
}
