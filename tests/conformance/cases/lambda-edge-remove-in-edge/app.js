// Conformance case 'lambda-edge-remove-in-edge': version.edgeArn in templates. The variables added with
// removeInEdge are removed before anything is rendered (an info annotation each; the currentVersion hash
// without them); a version whose edgeArn is never used is not checked; an import's edgeArn is its ARN.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = new lambda.Function(stack, 'EdgeFunction', {
  runtime: lambda.Runtime.NODEJS_24_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => ({ status: "200" });'),
});
fn.addEnvironment('ZED', 'z', { removeInEdge: true });
fn.addEnvironment('ALPHA', 'a', { removeInEdge: true });
fn.addEnvironment('MIDDLE', 'm'); // added again below with removeInEdge: the last options count
fn.addEnvironment('MIDDLE', 'm2', { removeInEdge: true });

// a function whose environment holds the edge ARN (it is not checked itself)
const consumer = new lambda.Function(stack, 'Consumer', {
  runtime: lambda.Runtime.NODEJS_24_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => {};'),
  environment: { EDGE_ARN: fn.currentVersion.edgeArn, PLAIN: 'x' },
});

// a version whose edgeArn is asked for but used nowhere: its function keeps its variables
const other = new lambda.Version(stack, 'ConsumerVersion', { lambda: consumer });
void other.edgeArn;

new cdk.CfnOutput(stack, 'EdgeArn', { value: fn.currentVersion.edgeArn });
new cdk.CfnOutput(stack, 'EdgeArnInText', { value: `edge:${fn.currentVersion.edgeArn}` });
const imported = lambda.Version.fromVersionArn(stack, 'Imported',
  'arn:aws:lambda:us-east-1:123456789012:function:edge-fn:7');
new cdk.CfnOutput(stack, 'ImportedEdgeArn', { value: imported.edgeArn });
app.synth();
