// Regenerates belfiore.tsv from the npm package @marketto/belfiore-connector-embedded.
//   npm install @marketto/belfiore-connector-embedded@1.2.1 && node belfiore-dump.js > belfiore.tsv
// One row per Belfiore (cadastral) code: Italian municipalities, current and suppressed,
// and foreign states (Z codes), with the dates the code was valid.
const connector = require("@marketto/belfiore-connector-embedded").default;
const day = d => d.toISOString().slice(0, 10);
const rows = [];
for (const p of connector.scanDataGenerator()) {
    rows.push([p.belfioreCode, p.name, p.province || p.iso3166 || "", day(p.creationDate), day(p.expirationDate)]);
}
rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
console.log(["code", "name", "province_or_country", "valid_from", "valid_to"].join("\t"));
for (const r of rows) console.log(r.map(v => v.trim()).join("\t"));
