// Conformance case 'lookup-ssm': SSM parameters. At synth time with StringParameter.valueFromLookup:
// one whose value the cdk CLI has looked up (in context.json, what cdk.context.json holds: the
// runner merges it into each context), one not yet (reported missing, mustExist; the value
// "dummy-value-for-<name>"), one with a default value (missing, ignoreErrorOnMissingContext), one
// with an additional cache key (another key: missing), and one in a stack of a Stage (missing in
// the nested assembly's manifest and in the App's, the stage's first). At deploy time:
// valueForStringParameter (one CfnParameter per name in the stack, reused), with a version (a
// dynamic reference), and fromStringParameterName's stringValue. All into a function's environment.
'use strict';
const cdk = require('aws-cdk-lib');
const ssm = require('aws-cdk-lib/aws-ssm');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const env = { account: '123456789012', region: 'eu-west-1' };
const stack = new cdk.Stack(app, 'TestStack', { env });
const known = ssm.StringParameter.valueFromLookup(stack, '/app/known');
const unknown = ssm.StringParameter.valueFromLookup(stack, '/app/unknown');
const withDefault = ssm.StringParameter.valueFromLookup(stack, 'feature-flag', 'off');
const keyed = ssm.StringParameter.valueFromLookup(stack, '/app/known', undefined, { additionalCacheKey: 'v2' });
const deploy = ssm.StringParameter.valueForStringParameter(stack, '/app/deploy-time');
const again = ssm.StringParameter.valueForStringParameter(stack, '/app/deploy-time');
const versioned = ssm.StringParameter.valueForStringParameter(stack, '/app/versioned', 3);
const imported = ssm.StringParameter.fromStringParameterName(stack, 'Imported', 'plain-name');
new lambda.Function(stack, 'Fn', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => "ok";'),
  environment: {
    KNOWN: known, UNKNOWN: unknown, WITH_DEFAULT: withDefault, KEYED: keyed,
    DEPLOY: deploy, AGAIN: again, VERSIONED: versioned, IMPORTED: imported.stringValue,
  },
});
const stage = new cdk.Stage(app, 'Prod', { env: { account: '210987654321', region: 'us-east-2' } });
const inStage = new cdk.Stack(stage, 'Service');
new cdk.CfnOutput(inStage, 'Endpoint', { value: ssm.StringParameter.valueFromLookup(inStage, '/prod/endpoint') });
app.synth();
