// Conformance case 'user-checkout-releases': an app as a user writes it for safe deployments: a
// checkout function whose currentVersion is retained (version options: description, retries,
// event age), a `live` alias on the previous release with 10% of traffic on the new version, a
// `beta` alias on the new one, provisioned concurrency, Function URLs on both aliases (IAM and a
// public streaming one), an alarm on the live alias's errors, invoke grants on an alias; layers
// with removal policies and an organization permission; a Java pricing function with SnapStart,
// manual runtime management and an alias of a new lambda.Version.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const iam = require('aws-cdk-lib/aws-iam');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'CheckoutStack', { env: { account: '444455556666', region: 'us-east-1' } });

const deps = new lambda.LayerVersion(stack, 'Deps', {
  code: lambda.Code.fromAsset(path.join(__dirname, 'layer')),
  compatibleRuntimes: [lambda.Runtime.NODEJS_22_X],
  layerVersionName: 'checkout-deps',
  removalPolicy: cdk.RemovalPolicy.RETAIN,
});
deps.addPermission('Organization', { accountId: '*', organizationId: 'o-a1b2c3d4e5' });
const tooling = new lambda.LayerVersion(stack, 'Tooling', {
  code: lambda.Code.fromAsset(path.join(__dirname, 'layer')),
  description: 'debug tooling, throwaway',
  removalPolicy: cdk.RemovalPolicy.DESTROY,
});

const checkout = new lambda.Function(stack, 'Checkout', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'src')),
  layers: [deps, tooling],
  memorySize: 1024,
  timeout: cdk.Duration.seconds(15),
  description: 'checkout API',
  environment: { RELEASE: '2024.06.1' },
  runtimeManagementMode: lambda.RuntimeManagementMode.FUNCTION_UPDATE,
  currentVersionOptions: {
    removalPolicy: cdk.RemovalPolicy.RETAIN,
    description: 'release 2024.06.1',
    retryAttempts: 1,
    maxEventAge: cdk.Duration.hours(1),
  },
});
const next = checkout.currentVersion;
const previous = lambda.Version.fromVersionAttributes(stack, 'Previous', { version: '41', lambda: checkout });

const live = new lambda.Alias(stack, 'Live', {
  aliasName: 'live',
  version: previous,
  additionalVersions: [{ version: next, weight: 0.1 }],
  description: 'production traffic, canary on the new release',
  provisionedConcurrentExecutions: 5,
});
const beta = new lambda.Alias(stack, 'Beta', {
  aliasName: 'beta',
  version: next,
  description: 'beta testers',
  retryAttempts: 0,
});
const liveUrl = live.addFunctionUrl({
  authType: lambda.FunctionUrlAuthType.AWS_IAM,
  cors: { allowedOrigins: ['https://shop.example.com'], allowedMethods: [lambda.HttpMethod.POST], maxAge: cdk.Duration.hours(1) },
});
const betaUrl = beta.addFunctionUrl({
  authType: lambda.FunctionUrlAuthType.NONE,
  invokeMode: lambda.InvokeMode.RESPONSE_STREAM,
});
const frontend = new iam.Role(stack, 'Frontend', { assumedBy: new iam.AccountPrincipal('777788889999') });
liveUrl.grantInvokeUrl(frontend);
beta.grantInvoke(frontend);

new cloudwatch.Alarm(stack, 'LiveErrors', {
  metric: live.metricErrors({ period: cdk.Duration.minutes(1) }),
  threshold: 1,
  evaluationPeriods: 3,
  datapointsToAlarm: 2,
  treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
  alarmDescription: 'roll back the canary',
});

const pricing = new lambda.Function(stack, 'Pricing', {
  runtime: lambda.Runtime.JAVA_21,
  handler: 'com.example.pricing.Handler::handleRequest',
  code: lambda.Code.fromAsset(path.join(__dirname, 'java')),
  memorySize: 2048,
  timeout: cdk.Duration.seconds(30),
  snapStart: lambda.SnapStartConf.ON_PUBLISHED_VERSIONS,
  runtimeManagementMode: lambda.RuntimeManagementMode.manual(
    'arn:aws:lambda:us-east-1::runtime:0cdcfbdefbc5e7d3343f73c2e2dd4cba17d61dea0686b404502a0c9ce83931b9'),
});
const release = new lambda.Version(stack, 'PricingRelease', {
  lambda: pricing,
  description: 'pricing 3.2.0',
  removalPolicy: cdk.RemovalPolicy.RETAIN,
  provisionedConcurrentExecutions: 2,
});
const prod = release.addAlias('prod', { description: 'pricing in production' });
prod.grantInvoke(checkout);
checkout.addEnvironment('PRICING_FUNCTION', prod.functionArn);

new cdk.CfnOutput(stack, 'LiveUrl', { value: liveUrl.url });
new cdk.CfnOutput(stack, 'BetaUrl', { value: betaUrl.url });
new cdk.CfnOutput(stack, 'NextVersion', { value: next.version });
app.synth();
