// Interoperability probe: writes and reads tables and blobs with the official Azure SDK for JavaScript,
// so the .NET tests can check that our clients and the official ones see the same data.
// Usage: node interop.mjs <command> <args...>; connection string in AZURE_STORAGE_CONNECTION_STRING;
// blob-write reads the content (base64) from standard input.
// Prints one JSON document on stdout.
import { TableClient, TableTransaction } from "@azure/data-tables";
import { BlobServiceClient } from "@azure/storage-blob";
import { QueueServiceClient } from "@azure/storage-queue";

const connectionString = process.env.AZURE_STORAGE_CONNECTION_STRING;
const [command, ...args] = process.argv.slice(2);
const table = (name) => TableClient.fromConnectionString(connectionString, name, { allowInsecureConnection: true });
const queue = (name) => QueueServiceClient.fromConnectionString(connectionString).getQueueClient(name);
const container = (name) => BlobServiceClient.fromConnectionString(connectionString).getContainerClient(name);

async function main() {
  switch (command) {
    case "table-write": {
      const [name, pk, rk] = args;
      const client = table(name);
      await client.createTable();
      await client.createEntity({
        partitionKey: pk,
        rowKey: rk,
        Text: "Grüße, Straße – ß ä ö ü Ä Ö Ü 'quoted' \"double\"",
        Int32: -42,
        Int64: { value: "9007199254740993", type: "Int64" },
        Double: 0.1 + 0.2,
        WholeDouble: { value: "3", type: "Double" },
        Boolean: true,
        Date: new Date(Date.UTC(2026, 10, 21, 10, 15, 30, 123)),
        Guid: { value: "6f9619ff-8b86-d011-b42d-00cf4fc964ff", type: "Guid" },
        Binary: new Uint8Array([0, 1, 2, 250, 255]),
      });
      const batch = new TableTransaction();
      for (let i = 0; i < 3; i++) batch.createEntity({ partitionKey: pk, rowKey: `${rk}-batch-${i}`, N: i });
      await client.submitTransaction(batch.actions);
      return { ok: true };
    }
    case "table-read": {
      const [name, pk, rk] = args;
      const entity = await table(name).getEntity(pk, rk, { disableTypeConversion: true });
      const { etag, timestamp, "odata.metadata": _m, ...rest } = entity;
      return { etag, properties: rest };
    }
    case "table-query": {
      const [name, filter] = args;
      const rows = [];
      for await (const e of table(name).listEntities({ queryOptions: { filter } })) rows.push(e.rowKey);
      return { rowKeys: rows };
    }
    case "blob-write": {
      const [name, blobName, contentType] = args;
      const c = container(name);
      await c.createIfNotExists();
      const chunks = [];
      for await (const chunk of process.stdin) chunks.push(chunk);
      const data = Buffer.from(Buffer.concat(chunks).toString("ascii"), "base64");
      const result = await c.getBlockBlobClient(blobName).uploadData(data, {
        blobHTTPHeaders: { blobContentType: contentType },
        metadata: { casenumber: "BF-2026-0042", source: "js" },
      });
      return { etag: result.etag };
    }
    case "blob-read": {
      const [name, blobName] = args;
      const blob = container(name).getBlobClient(blobName);
      const body = await blob.downloadToBuffer();
      const properties = await blob.getProperties();
      const names = [];
      for await (const item of container(name).listBlobsFlat()) names.push(item.name);
      return {
        base64: body.toString("base64"),
        contentType: properties.contentType,
        contentLength: properties.contentLength,
        etag: properties.etag,
        metadata: properties.metadata,
        names,
      };
    }
    case "queue-send": {
      // What the Functions host expects by default: the UTF-8 text, base64-encoded.
      const [name, text] = args;
      await queue(name).createIfNotExists();
      const sent = await queue(name).sendMessage(Buffer.from(text, "utf8").toString("base64"));
      return { messageId: sent.messageId };
    }
    case "queue-receive": {
      const [name] = args;
      const received = await queue(name).receiveMessages({ numberOfMessages: 32 });
      return {
        messages: received.receivedMessageItems.map((m) => ({
          raw: m.messageText,
          decoded: Buffer.from(m.messageText, "base64").toString("utf8"),
        })),
      };
    }
    default:
      throw new Error(`unknown command ${command}`);
  }
}

main().then(
  (result) => process.stdout.write(JSON.stringify(result)),
  (error) => {
    process.stderr.write(`${error.statusCode ?? ""} ${error.code ?? ""} ${error.message}\n`);
    process.exit(1);
  },
);
