// context_oracle.js - aws-cdk-lib's and Node's answers for test_context.c.
//   node context_oracle.js context KEY...  one line per key: JSON.stringify(app.node.tryGetContext(KEY)),
//                                          or "undefined", for an App reading context from the
//                                          environment as under the cdk CLI (CDK_CONTEXT_JSON,
//                                          CONTEXT_OVERFLOW_LOCATION_ENV); "throw <message>" if App throws
//   node context_oracle.js parse FILE      FILE: one input a line, "x" + hex of its bytes; one line out
//                                          each: "ok " + hex of JSON.stringify(JSON.parse(input)), or "err"
'use strict';
const path = require('path');
const fs = require('fs');
const [mode, ...args] = process.argv.slice(2);
if (mode === 'context') {
  const cdk = require(path.join(__dirname, '../../node_modules/aws-cdk-lib'));
  let app;
  try {
    app = new cdk.App();
  } catch (e) {
    console.log('throw ' + e.message.split('\n')[0]);
    process.exit(0);
  }
  for (const k of args) {
    const v = app.node.tryGetContext(k);
    console.log(v === undefined ? 'undefined' : JSON.stringify(v));
  }
} else if (mode === 'parse') {
  const out = [];
  for (const line of fs.readFileSync(args[0], 'latin1').split('\n')) {
    if (line === '') continue;
    const text = Buffer.from(line.slice(1), 'hex').toString('utf8');
    try {
      out.push('ok ' + Buffer.from(JSON.stringify(JSON.parse(text)), 'utf8').toString('hex'));
    } catch (e) {
      out.push('err');
    }
  }
  process.stdout.write(out.join('\n') + '\n');
} else {
  console.error('usage: context_oracle.js context KEY... | parse FILE');
  process.exit(2);
}
