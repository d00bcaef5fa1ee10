// run.js VARIANTS OUTDIR: each variant's L1 in an App of its own under aws-cdk-lib, synthesized;
// writes OUTDIR/js.json: "OK" or "ERR <message>" per variant
'use strict';
const path = require('path');
const root = path.join(__dirname, '..', '..');
const cdk = require(path.join(root, 'node_modules', 'aws-cdk-lib'));
const lambda = require(path.join(root, 'node_modules', 'aws-cdk-lib', 'aws-lambda'));
const vs = JSON.parse(require('fs').readFileSync(process.argv[2], 'utf8'));
const dir = process.argv[3];
const out = [];
vs.forEach((v, i) => {
  const app = new cdk.App({ outdir: `${dir}/js/${i}` });
  const stack = new cdk.Stack(app, 'S');
  try {
    new lambda[v.cls](stack, 'R', v.js);
    app.synth();
    out.push('OK');
  } catch (e) { out.push('ERR ' + e.message); }
});
require('fs').writeFileSync(`${dir}/js.json`, JSON.stringify(out));
