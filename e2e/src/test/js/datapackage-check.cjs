// Loads a Frictionless data package with the reference JavaScript library (datapackage-js) from
// the URL given, as a ministry analyst's tooling would, validates its descriptor, then reads and
// casts every row of every resource to its Table Schema types. Prints one JSON object that
// DataPackageTest asserts on: per resource, the rows read and the distinct values of some columns.
"use strict";
const { Package } = require("datapackage");

(async () => {
  const [descriptorUrl, ...counted] = process.argv.slice(2);
  const dataPackage = await Package.load(descriptorUrl);
  const result = { valid: dataPackage.valid, errors: dataPackage.errors.map(String), resources: [] };
  for (const resource of dataPackage.resources) {
    // cast: true (the default) turns every cell into its field's type, or throws on the first
    // cell that does not cast, naming the row and the field.
    const rows = await resource.read({ keyed: true, cast: true });
    const distinct = {};
    for (const column of counted) {
      distinct[column] = [...new Set(rows.map((row) => String(row[column])))].sort();
    }
    const revisedAt = rows.map((row) => row.revisedAt);
    result.resources.push({
      name: resource.name,
      rows: rows.length,
      distinct,
      everyRevisedAtADate: revisedAt.every((at) => at instanceof Date && !isNaN(at)),
    });
  }
  process.stdout.write(JSON.stringify(result));
})().catch((error) => {
  process.stderr.write(String(error && error.stack ? error.stack : error) + "\n");
  if (error && error.errors) {
    process.stderr.write(error.errors.map(String).join("\n") + "\n");
  }
  process.exit(1);
});
