// Conformance case 'user-payments-platform-policies': an app as a platform team writes it, with
// app-wide policies: context set in code (a cost centre read back with tryGetContext, and a
// feature flag that cdk.json may override); a layers stack (env) with a retained two-runtime,
// two-architecture Python layer from an asset folder shared with an organization; an API stack whose
// charge and refund functions use it across stacks, a `live` alias with provisioned concurrency on
// the charge function's currentVersion (retained) and version.addAlias on the refund's, the alias
// ARN exported by stack.exportValue; a jobs stack (addDependency on the API stack) with a
// CfnParameter and a CfnCondition, whose settle function is invoked-granted on the alias, reads the
// export with Fn.importValue and gets ReservedConcurrentExecutions from Fn.conditionIf by override;
// an aspect putting DEPLOY_STAGE into every CfnFunction's environment (before currentVersion's hash
// is taken), RemovalPolicies.of(api stack).destroy excluding versions, tags (app, priority and
// excludes, includeResourceTypes on one stack, one removed).
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App({
  context: {
    'payments:costCenter': 'cc-4711',
    '@aws-cdk/aws-lambda:recognizeLayerVersion': false,
  },
});
const env = { account: '210987654321', region: 'eu-west-1' };

const layersStack = new cdk.Stack(app, 'PaymentsLayers', { env, description: 'Shared Lambda layers' });
const common = new lambda.LayerVersion(layersStack, 'Common', {
  layerVersionName: 'payments-common',
  code: lambda.Code.fromAsset(path.join(__dirname, 'layers', 'common')),
  compatibleRuntimes: [lambda.Runtime.PYTHON_3_11, lambda.Runtime.PYTHON_3_12],
  compatibleArchitectures: [lambda.Architecture.X86_64, lambda.Architecture.ARM_64],
  license: 'Apache-2.0',
  description: 'money and idempotency helpers',
  removalPolicy: cdk.RemovalPolicy.RETAIN,
});
common.addPermission('Organization', { accountId: '*', organizationId: 'o-a1b2c3d4e5' });

const apiStack = new cdk.Stack(app, 'PaymentsApi', { env });
const charge = new lambda.Function(apiStack, 'Charge', {
  runtime: lambda.Runtime.PYTHON_3_12,
  architecture: lambda.Architecture.ARM_64,
  handler: 'charge.handler',
  code: lambda.Code.fromInline('def handler(event, context):\n    return {"ok": True}\n'),
  layers: [common],
  memorySize: 512,
  environment: { CURRENCY: 'EUR' },
  currentVersionOptions: { removalPolicy: cdk.RemovalPolicy.RETAIN, description: 'charge release' },
});
const live = new lambda.Alias(apiStack, 'ChargeLive', {
  aliasName: 'live',
  version: charge.currentVersion,
  provisionedConcurrentExecutions: 2,
});
const refund = new lambda.Function(apiStack, 'Refund', {
  runtime: lambda.Runtime.PYTHON_3_12,
  architecture: lambda.Architecture.ARM_64,
  handler: 'refund.handler',
  code: lambda.Code.fromInline('def handler(event, context):\n    return {"ok": True}\n'),
  layers: [common],
});
refund.currentVersion.addAlias('live');
apiStack.exportValue(live.functionArn, { name: 'PaymentsChargeLiveArn' });

const jobsStack = new cdk.Stack(app, 'PaymentsJobs', { env });
jobsStack.addDependency(apiStack, 'settlement reads the API exports');
const stage = new cdk.CfnParameter(jobsStack, 'Stage', {
  type: 'String',
  allowedValues: ['dev', 'prod'],
  default: 'dev',
});
new cdk.CfnCondition(jobsStack, 'IsProd', {
  expression: cdk.Fn.conditionEquals(stage.valueAsString, 'prod'),
});
const settle = new lambda.Function(jobsStack, 'Settle', {
  runtime: lambda.Runtime.PYTHON_3_12,
  handler: 'settle.handler',
  code: lambda.Code.fromInline('def handler(event, context):\n    return None\n'),
  layers: [common],
  timeout: cdk.Duration.minutes(5),
  environment: {
    CHARGE_ALIAS_ARN: cdk.Fn.importValue('PaymentsChargeLiveArn'),
    STAGE: stage.valueAsString,
  },
});
live.grantInvoke(settle);
settle.node.defaultChild.addPropertyOverride('ReservedConcurrentExecutions',
  cdk.Fn.conditionIf('IsProd', 10, cdk.Aws.NO_VALUE));

// Platform policies, applied app-wide.
cdk.Aspects.of(app).add({
  visit(node) {
    if (node instanceof lambda.CfnFunction) {
      node.addPropertyOverride('Environment.Variables.DEPLOY_STAGE', 'prod');
    }
  },
});
cdk.RemovalPolicies.of(apiStack).destroy({ excludeResourceTypes: ['AWS::Lambda::Version'] });
cdk.Tags.of(app).add('cost-center', app.node.tryGetContext('payments:costCenter'));
cdk.Tags.of(app).add('owner', 'payments', { excludeResourceTypes: ['AWS::IAM::Role'], priority: 300 });
cdk.Tags.of(jobsStack).add('schedule', 'nightly', { includeResourceTypes: ['AWS::Lambda::Function'] });
cdk.Tags.of(refund).remove('owner');

new cdk.CfnOutput(jobsStack, 'SettleFunction', { value: settle.functionName });
app.synth();
