// Conformance case 'validation-report-unknown-types': the validator's F3006 "Unknown resource type"
// for an AWS:: type it does not know (AWS::Foo::Bar, AWS::SomeResource, a type of four parts, one
// of aws-cdk-lib's L1 types the validator lacks: AWS::MGN::Wave), not for other namespaces,
// Custom:: or lowercase types, nor for CDKMetadata (cli-default); L1 resources read from
// resources.tsv (id, type, Properties as JSON).
'use strict';
const fs = require('fs');
const path = require('path');
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
for (const line of fs.readFileSync(path.join(__dirname, 'resources.tsv'), 'utf8').split('\n')) {
  if (!line) continue;
  const [id, type, json] = line.split('\t');
  new cdk.CfnResource(stack, id, { type, properties: JSON.parse(json) });
}
app.synth();
