// Conformance case 'user-version-pipeline': an app as a CDK user writes it: a deploy role made
// before the functions is granted invoke on a function's currentVersion (its policy renders
// before the function, so the version's hashed id is asked for early); a router function
// carries the checkout version's ARN in its environment; both have live aliases; a second stack's
// function reads the router alias's ARN across stacks.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const api = new cdk.Stack(app, 'Api');
const deployer = new iam.Role(api, 'Deployer', {
  assumedBy: new iam.ServicePrincipal('codedeploy.amazonaws.com'),
});
const checkout = new lambda.Function(api, 'Checkout', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => ({ ok: true });'),
  memorySize: 512,
  environment: { STAGE: 'prod' },
});
checkout.currentVersion.grantInvoke(deployer);
const checkoutLive = checkout.currentVersion.addAlias('live');
const router = new lambda.Function(api, 'Router', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async (e) => e;'),
  environment: { CHECKOUT_VERSION: checkout.currentVersion.functionArn, CHECKOUT_ALIAS: checkoutLive.functionArn },
});
const routerLive = router.addAlias('live');

const ops = new cdk.Stack(app, 'Ops');
new lambda.Function(ops, 'Probe', {
  runtime: lambda.Runtime.PYTHON_3_12,
  handler: 'index.handler',
  code: lambda.Code.fromInline('def handler(e, c):\n    return e\n'),
  environment: { TARGET: routerLive.functionArn },
});
app.synth();
