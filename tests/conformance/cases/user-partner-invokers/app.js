// Conformance case 'user-partner-invokers': an app as a CDK user writes it: a pricing function that
// twenty partner accounts may invoke (grantInvoke per account, some twice), its live alias invoked
// by an EventBridge-style service principal and by partner roles by ARN, and the same accounts
// granted again on the alias. More than sixteen grants on one function and on one alias: the
// grant identifiers are looked up in a table past that.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Partners', { env: { account: '123456789012', region: 'eu-central-1' } });
const pricing = new lambda.Function(stack, 'Pricing', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async (e) => ({ price: 42 });'),
  description: 'partner pricing',
});
const live = pricing.addAlias('live');
for (let i = 0; i < 20; i++) {
  const account = String(200000000000 + i * 7919);
  pricing.grantInvoke(new iam.AccountPrincipal(account));
  if (i % 3 === 0) pricing.grantInvoke(new iam.AccountPrincipal(account)); // granted twice: once
  live.grantInvoke(new iam.ArnPrincipal(`arn:aws:iam::${account}:role/pricing-caller`));
}
live.grantInvoke(new iam.ServicePrincipal('events.amazonaws.com'));
live.grantInvoke(new iam.ServicePrincipal('events.amazonaws.com'));
new cdk.CfnOutput(stack, 'LiveArn', { value: live.functionArn });
app.synth();
