// Conformance case 'validation-report-lambda-rules': the validator's rules across resources of a
// Lambda app, on L1 resources read from resources.tsv (id, type, Properties as JSON). W2530: a
// function with SnapStart.ApplyOn PublishedVersions and no AWS::Lambda::Version attached (a
// Version's FunctionName referring to it by Ref, Fn::GetAtt, inside a Fn::Join or Fn::Sub, or the
// function's literal FunctionName, counts; the logical id, an ARN, a Ref elsewhere, an alias do
// not). W3694: an SNS subscription's Endpoint, a Ref or Fn::GetAtt of a resource of another type
// than its Protocol ("lambda", "sqs") takes. F3020: an alias' RoutingConfig with
// ProvisionedConcurrencyConfig, a bucket lifecycle rule's AbortIncompleteMultipartUpload with
// ObjectSizeGreaterThan or ObjectSizeLessThan.
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
