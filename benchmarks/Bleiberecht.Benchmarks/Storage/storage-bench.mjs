// The official Azure SDK for JavaScript side of `./bf bench storage`. Runs as a small line server so the
// .NET side can alternate short blocks of the same operation between the two SDKs (a busy machine then
// slows both alike). AZURE_STORAGE_CONNECTION_STRING points at the benchmark's Azurite.
// Protocol: prints "ready"; then reads JSON lines ["operation", start, count] and answers {"seconds": s}
// after running the operation for indexes start .. start+count-1, one request in flight.
import { TableClient, TableTransaction } from "@azure/data-tables";
import { BlobServiceClient } from "@azure/storage-blob";
import { QueueServiceClient } from "@azure/storage-queue";
import { randomBytes } from "node:crypto";
import readline from "node:readline";

const connectionString = process.env.AZURE_STORAGE_CONNECTION_STRING;
const blobCount = Number(process.argv[2] ?? 30);
const name = "js" + Date.now().toString(36);

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

const table = TableClient.fromConnectionString(connectionString, name, { allowInsecureConnection: true });
await table.createTable();
const queue = QueueServiceClient.fromConnectionString(connectionString).getQueueClient(name);
await queue.create();
const container = BlobServiceClient.fromConnectionString(connectionString).getContainerClient(name);
await container.create();
const data = randomBytes(1024 * 1024);
let batchNo = 0;

const operations = {
  "table insert": (i) => table.createEntity(entity("insert", `r${i}`)),
  "table point read": (i) => table.getEntity("insert", `r${i}`),
  "table batch (100 entities)": async () => {
    const batch = new TableTransaction();
    const pk = `batch${batchNo++}`;
    for (let j = 0; j < 100; j++) batch.createEntity(entity(pk, `r${j}`));
    await table.submitTransaction(batch.actions);
  },
  "table query page (100 of 1,000)": async () => {
    const pages = table
      .listEntities({ queryOptions: { filter: "PartitionKey ge 'batch0' and PartitionKey lt 'batch9'" } })
      .byPage({ maxPageSize: 100 });
    const page = await pages.next();
    if (page.value.length !== 100) throw new Error("expected a page of 100");
  },
  "queue send+receive+delete": async () => {
    await queue.sendMessage(Buffer.from("{\"case\":\"BF-2026-0042\",\"step\":\"remind\"}").toString("base64"));
    const received = await queue.receiveMessages({ numberOfMessages: 1 });
    const message = received.receivedMessageItems[0];
    await queue.deleteMessage(message.messageId, message.popReceipt);
  },
  "blob upload 1 MiB": (i) =>
    container.getBlockBlobClient(`up/${((i % blobCount) + blobCount) % blobCount}.bin`).uploadData(data, {
      blobHTTPHeaders: { blobContentType: "application/pdf" },
    }),
  "blob download 1 MiB": async (i) => {
    const body = await container.getBlobClient(`up/${((i % blobCount) + blobCount) % blobCount}.bin`).downloadToBuffer();
    if (body.length !== data.length) throw new Error("short download");
  },
};

process.stdout.write("ready\n");
for await (const line of readline.createInterface({ input: process.stdin })) {
  if (!line.trim()) continue;
  const [operation, start, count] = JSON.parse(line);
  const run = operations[operation];
  if (!run) throw new Error(`unknown operation ${operation}`);
  const begin = process.hrtime.bigint();
  for (let i = start; i < start + count; i++) await run(i);
  process.stdout.write(JSON.stringify({ seconds: Number(process.hrtime.bigint() - begin) / 1e9 }) + "\n");
}
