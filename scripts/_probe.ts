import { prisma } from "@/lib/db";
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const [b] = await prisma.$queryRaw<{ id: string }[]>`SELECT id FROM "Benchmark" WHERE slug = 'open-set-multimodal-synthesis-on-mimicv2'`;
const id = b.id;
async function plain() {
  const results = await prisma.$queryRaw<any[]>`
      SELECT r."id", r."modelName", r."codeUrl", r."evaluatedAt", r."usesExtraData", r."extraData", r."evidence",
             r."source", r."approvedAt", p."slug" AS "paperSlug", p."title" AS "paperTitle", p."url" AS "paperUrl",
             s."name" AS "submittedBy", v."name" AS "approvedBy"
      FROM "Result" r LEFT JOIN "Paper" p ON p."id" = r."paperId" LEFT JOIN "User" s ON s."id" = r."submittedById" LEFT JOIN "User" v ON v."id" = r."approvedById"
      WHERE r."benchmarkId" = ${id} AND r."status" = 'PUBLISHED'`;
  const values = await prisma.$queryRaw<any[]>`
      SELECT v."resultId", v."metricId", v."raw", v."value", v."uncertainty"
      FROM "ResultValue" v JOIN "Result" r ON r."id" = v."resultId" WHERE r."benchmarkId" = ${id} AND r."status" = 'PUBLISHED'`;
  return results.length + values.length;
}
async function aggregated() {
  const [row] = await prisma.$queryRaw<{ rows: string }[]>`
    SELECT json_group_array(json_object(
      'id', r."id", 'modelName', r."modelName", 'codeUrl', r."codeUrl", 'evaluatedAt', r."evaluatedAt", 'usesExtraData', r."usesExtraData",
      'extraData', r."extraData", 'evidence', r."evidence", 'source', r."source", 'approvedAt', r."approvedAt",
      'paper', json(CASE WHEN p."id" IS NULL THEN NULL ELSE json_object('slug', p."slug", 'title', p."title", 'url', p."url") END),
      'submittedBy', s."name", 'approvedBy', u."name",
      'values', json((SELECT json_group_array(json_object('metricId', v."metricId", 'raw', v."raw", 'value', v."value", 'uncertainty', v."uncertainty")) FROM "ResultValue" v WHERE v."resultId" = r."id"))
    )) AS "rows"
    FROM "Result" r LEFT JOIN "Paper" p ON p."id" = r."paperId" LEFT JOIN "User" s ON s."id" = r."submittedById" LEFT JOIN "User" u ON u."id" = r."approvedById"
    WHERE r."benchmarkId" = ${id} AND r."status" = 'PUBLISHED'`;
  const parsed = JSON.parse(row.rows);
  return parsed.length;
}
for (let round = 0; round < 6; round++) {
  let t = cpu(), w = performance.now();
  const n1 = await plain();
  const a = cpu() - t, aw = performance.now() - w;
  t = cpu(); w = performance.now();
  const n2 = await aggregated();
  console.log("plain", n1, a.toFixed(1), "cpu", aw.toFixed(1), "wall | aggregated", n2, (cpu() - t).toFixed(1), "cpu", (performance.now() - w).toFixed(1), "wall");
}
const [row] = await prisma.$queryRaw<{ rows: string }[]>`SELECT json_group_array(json_object('paper', json(CASE WHEN p."id" IS NULL THEN NULL ELSE json_object('slug', p."slug") END), 'v', json((SELECT json_group_array(v."raw") FROM "ResultValue" v WHERE v."resultId" = r."id")))) AS "rows" FROM "Result" r LEFT JOIN "Paper" p ON p."id" = r."paperId" WHERE r."benchmarkId" = ${id} LIMIT 2`;
console.log(row.rows.slice(0, 300));
