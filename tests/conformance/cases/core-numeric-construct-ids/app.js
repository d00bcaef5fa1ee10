// Conformance case 'core-numeric-construct-ids': constructs whose ids are array indexes ("10", "9",
// "0"): JavaScript objects list such keys first, in ascending order -- the template's Resources
// and Outputs (logical ids "10", "9"), tree.json's children, the metadata file's paths
'use strict';
const cdk = require('aws-cdk-lib');
const { Construct } = require('constructs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
for (const id of ['b', '10', '9', '01', '0']) {
  new cdk.CfnResource(stack, id, { type: 'AWS::SQS::Queue' });
}
const group = new Construct(stack, 'Group');
for (const id of ['z', '3', '2']) {
  new cdk.CfnResource(group, id, { type: 'AWS::SQS::Queue' });
}
for (const id of ['Out', '7', '5']) {
  new cdk.CfnOutput(new Construct(stack, `O${id}`), id, { value: id });
}
new cdk.CfnOutput(stack, '42', { value: 'top' });
app.synth();
