// The official Azure SDK for JavaScript side of `./bf bench storage`: the same operations, the same
// iteration counts and the same sequential loop as StorageBenchmark.cs, against the same Azurite.
// Usage: node storage-bench.mjs <iterations> <blobIterations>; AZURE_STORAGE_CONNECTION_STRING set.
// Prints {"operation": opsPerSecond, ...} as JSON.
import { TableClient, TableTransaction } from "@azure/data-tables";
import { BlobServiceClient } from "@azure/storage-blob";
import { QueueServiceClient } from "@azure/storage-queue";
import { randomBytes } from "node:crypto";

const connectionString = process.env.AZURE_STORAGE_CONNECTION_STRING;
const iterations = Number(process.argv[2] ?? 300);
const blobIterations = Number(process.argv[3] ?? 30);
const suffix = Date.now().toString(36);

const entity = (pk, rk) => ({
  partitionKey: pk,
  rowKey: rk,
  CaseNumber: "BF-2026-0042",
  Counsellor: "Jürgen Weiß",
  Documents: 3,
  Bytes: { value: "5000000000", type: "Int64" },
  ReceivedOn: new Date(Date.UTC(2026, 2, 1)),
  Urgent: true,
});

async function measure(count, action) {
  for (let i = 0; i < Math.max(5, Math.floor(count / 10)); i++) await action(-1 - i);
  const start = process.hrtime.bigint();
  for (let i = 0; i < count; i++) await action(i);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return count / seconds;
}

const results = {};
const table = TableClient.fromConnectionString(connectionString, "jsbench" + suffix, { allowInsecureConnection: true });
await table.createTable();
results["table insert"] = await measure(iterations, (i) => table.createEntity(entity("insert", `r${i}`)));
results["table point read"] = await measure(iterations, (i) => table.getEntity("insert", `r${Math.abs(i) % iterations}`));
let batchNo = 0;
results["table batch (100 entities)"] = await measure(Math.max(5, Math.floor(iterations / 20)), async () => {
  const batch = new TableTransaction();
  const pk = `batch${batchNo++}`;
  for (let j = 0; j < 100; j++) batch.createEntity(entity(pk, `r${j}`));
  await table.submitTransaction(batch.actions);
});
results["table query page (100 of 1,000)"] = await measure(Math.max(5, Math.floor(iterations / 5)), async () => {
  const pages = table.listEntities({ queryOptions: { filter: "PartitionKey eq 'batch0' or PartitionKey eq 'batch1' or PartitionKey eq 'batch2'" } }).byPage({ maxPageSize: 100 });
  const page = await pages.next();
  if (page.value.length !== 100) throw new Error("expected a page of 100");
});

const queue = QueueServiceClient.fromConnectionString(connectionString).getQueueClient("jsbench" + suffix);
await queue.create();
results["queue send+receive+delete"] = await measure(iterations, async () => {
  await queue.sendMessage(Buffer.from("{\"case\":\"BF-2026-0042\",\"step\":\"remind\"}").toString("base64"));
  const received = await queue.receiveMessages({ numberOfMessages: 1 });
  const message = received.receivedMessageItems[0];
  await queue.deleteMessage(message.messageId, message.popReceipt);
});

const container = BlobServiceClient.fromConnectionString(connectionString).getContainerClient("jsbench" + suffix);
await container.create();
const data = randomBytes(1024 * 1024);
results["blob upload 1 MiB"] = await measure(blobIterations, (i) =>
  container.getBlockBlobClient(`up/${i}.bin`).uploadData(data, { blobHTTPHeaders: { blobContentType: "application/pdf" } }));
results["blob download 1 MiB"] = await measure(blobIterations, async (i) => {
  const body = await container.getBlobClient(`up/${Math.abs(i) % blobIterations}.bin`).downloadToBuffer();
  if (body.length !== data.length) throw new Error("short download");
});

process.stdout.write(JSON.stringify(results));
