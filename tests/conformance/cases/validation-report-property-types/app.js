// Conformance case 'validation-report-property-types': the validator's schema types on the numbers and
// booleans of Lambda's resources (and EFS's), in validation-report.json: W9003 for a string it coerces
// (a number as a string, "1e3", " 30", "+1024", "5.", ".6e3", "-0"; a boolean's "Yes"), F3012 for a
// value it cannot ("abc", "0x10", "1_0", "1.5" or 1.5 where an integer is due, "NaN", "inf", true,
// a list, an object, "" and 1 where a boolean is due), F3034 on the coerced number (the schema's
// maxima: MemorySize and EphemeralStorage.Size 32768, Timeout 5400; event source mapping, event invoke
// config and capacity provider ranges), E3717 on a coerced Timeout, EFS POSIX ids read as numbers
// ("1e3" printed 1000); intrinsics not checked. Where a string is due (a function's Runtime, Role,
// FunctionName, Description, Layers, LoggingConfig, Handler, KmsKeyArn, Tags, SnapStart.ApplyOn, a
// permission's SourceAccount and EventSourceToken, a security group's VpcId): a number or boolean is
// W9003 (number/boolean to string, printed as JavaScript prints it: 1e+70, 1e-7) and is checked as that
// string (its pattern, length, enum, format, the value bare in the message), an object or a list F3012. L1 resources from resources.tsv (id, type,
// Properties as JSON), and an L2 function whose MemorySize an escape hatch sets to "512".
'use strict';
const fs = require('fs');
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
for (const line of fs.readFileSync(path.join(__dirname, 'resources.tsv'), 'utf8').split('\n')) {
  if (!line) continue;
  const [id, type, json] = line.split('\t');
  new cdk.CfnResource(stack, id, { type, properties: JSON.parse(json) });
}
const fn = new lambda.Function(stack, 'Fn', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'lambda-handler')),
});
fn.node.defaultChild.addPropertyOverride('MemorySize', '512');
fn.node.defaultChild.addPropertyOverride('Timeout', 'ten');
app.synth();
