// Conformance case 'current-version-override-logical-id': overrideLogicalId on fn.currentVersion's
// CfnVersion replaces the Lazy that aws-cdk-lib gave it (the id with the function's hash): the
// version keeps the user's id, which the alias references. An override of "" (synthesizeLogicalId
// tests it for truth) leaves the plain allocated id, without the hash.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const props = {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => "ok";'),
};
const named = new lambda.Function(stack, 'Named', props);
named.currentVersion.node.defaultChild.overrideLogicalId('NamedRelease');
named.addAlias('live');
const plain = new lambda.Function(stack, 'Plain', props);
plain.currentVersion.node.defaultChild.overrideLogicalId('');
plain.addAlias('live');
new cdk.CfnOutput(stack, 'NamedVersion', { value: named.currentVersion.version });
app.synth();
