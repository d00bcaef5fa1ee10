const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const app = new cdk.App();
const env = { account: '111111111111', region: 'eu-west-1' };
const api = new cdk.Stack(app, 'Api', {
  env,
  synthesizer: new cdk.DefaultStackSynthesizer({ qualifier: 'myq', bucketPrefix: 'apps/api/', dockerTagPrefix: 'api-' }),
});
const fn = new lambda.Function(api, 'Handler', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => 1;'),
  environment: { SUFFIX: api.regionalFact('domainSuffix') },
});
const consumer = new cdk.Stack(app, 'Consumer', { env });
consumer.node.setContext('@aws-cdk/core:defaultCrossStackReferences', 'weak');
new cdk.CfnOutput(consumer, 'FnArn', { value: fn.functionArn });
const agnostic = new cdk.Stack(app, 'Agnostic');
new cdk.CfnOutput(agnostic, 'Suffix', { value: agnostic.regionalFact('domainSuffix') });
app.synth();
