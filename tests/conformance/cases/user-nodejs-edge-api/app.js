// Conformance case 'user-nodejs-edge-api': an app as a CDK user writes it with NodejsFunction, in
// one account/region: a Shared stack owns a KMS key and a layer of helpers; an Api stack and a
// Workers stack both use the layer (cross-stack references to its ARN) and encrypt their
// environments with the shared key. The search function sits behind a public Function URL with
// CORS, with Lambda Insights, ADOT instrumentation and Powertools (a layer by ARN), JSON logs at
// DEBUG into its own log group, reserved concurrency and recursive-loop termination. The ingest
// worker streams its responses from an IAM-authenticated URL a partner role may invoke, with the
// Parameters and Secrets extension. A Java pricing function uses SnapStart behind a "live" alias
// with its own URL.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');
const lambda = require('aws-cdk-lib/aws-lambda');
const logs = require('aws-cdk-lib/aws-logs');
const nodejs = require('aws-cdk-lib/aws-lambda-nodejs');

const env = { account: '123456789012', region: 'eu-west-1' };
const app = new cdk.App();

const shared = new cdk.Stack(app, 'CatalogShared', { env });
const configKey = new kms.Key(shared, 'ConfigKey', {
  description: 'catalog function environments',
  enableKeyRotation: true,
  alias: 'alias/catalog-config',
});
const utils = new lambda.LayerVersion(shared, 'Utils', {
  code: lambda.Code.fromAsset(path.join(__dirname, 'layers/utils')),
  compatibleRuntimes: [lambda.Runtime.NODEJS_22_X],
  compatibleArchitectures: [lambda.Architecture.ARM_64],
  description: 'catalog helpers',
});

const bundling = {
  minify: true,
  sourceMap: true,
  externalModules: ['@aws-sdk/*'],
};

const api = new cdk.Stack(app, 'CatalogApi', { env });
const powertools = lambda.LayerVersion.fromLayerVersionArn(api, 'Powertools',
  `arn:aws:lambda:${env.region}:094274105915:layer:AWSLambdaPowertoolsTypeScriptV2:12`);
const searchLogs = new logs.LogGroup(api, 'SearchLogs', {
  logGroupName: '/catalog/search',
  retention: logs.RetentionDays.TWO_WEEKS,
  removalPolicy: cdk.RemovalPolicy.DESTROY,
});
const search = new nodejs.NodejsFunction(api, 'Search', {
  entry: path.join(__dirname, 'src/search.ts'),
  runtime: lambda.Runtime.NODEJS_22_X,
  architecture: lambda.Architecture.ARM_64,
  memorySize: 512,
  timeout: cdk.Duration.seconds(5),
  layers: [utils, powertools],
  environment: {
    NODE_OPTIONS: '--enable-source-maps',
    POWERTOOLS_SERVICE_NAME: 'catalog-search',
  },
  environmentEncryption: configKey,
  insightsVersion: lambda.LambdaInsightsVersion.VERSION_1_0_229_0,
  adotInstrumentation: {
    layerVersion: lambda.AdotLayerVersion.fromJavaScriptSdkLayerVersion(
      lambda.AdotLambdaLayerJavaScriptSdkVersion.LATEST),
    execWrapper: lambda.AdotLambdaExecWrapper.REGULAR_HANDLER,
  },
  tracing: lambda.Tracing.ACTIVE,
  reservedConcurrentExecutions: 25,
  recursiveLoop: lambda.RecursiveLoop.TERMINATE,
  loggingFormat: lambda.LoggingFormat.JSON,
  applicationLogLevelV2: lambda.ApplicationLogLevel.DEBUG,
  systemLogLevelV2: lambda.SystemLogLevel.INFO,
  logGroup: searchLogs,
  bundling,
});
const searchUrl = search.addFunctionUrl({
  authType: lambda.FunctionUrlAuthType.NONE,
  cors: {
    allowedOrigins: ['https://shop.example.com', 'https://admin.example.com'],
    allowedMethods: [lambda.HttpMethod.GET, lambda.HttpMethod.POST],
    allowedHeaders: ['content-type', 'authorization'],
    exposedHeaders: ['x-request-id'],
    allowCredentials: true,
    maxAge: cdk.Duration.hours(1),
  },
});
new cdk.CfnOutput(api, 'SearchUrl', { value: searchUrl.url });

const pricing = new lambda.Function(api, 'Pricing', {
  runtime: lambda.Runtime.JAVA_21,
  handler: 'com.example.catalog.PricingHandler::handleRequest',
  code: lambda.Code.fromAsset(path.join(__dirname, 'pricing')),
  memorySize: 2048,
  timeout: cdk.Duration.seconds(30),
  snapStart: lambda.SnapStartConf.ON_PUBLISHED_VERSIONS,
  environmentEncryption: configKey,
  environment: { JAVA_TOOL_OPTIONS: '-XX:+TieredCompilation -XX:TieredStopAtLevel=1' },
  adotInstrumentation: {
    layerVersion: lambda.AdotLayerVersion.fromJavaAutoInstrumentationLayerVersion(
      lambda.AdotLambdaLayerJavaAutoInstrumentationVersion.LATEST),
    execWrapper: lambda.AdotLambdaExecWrapper.INSTRUMENT_HANDLER,
  },
});
const pricingLive = pricing.addAlias('live', { description: 'the SnapStart version in service' });
const pricingUrl = pricingLive.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.AWS_IAM });
pricingUrl.grantInvokeUrl(search);
search.addEnvironment('PRICING_URL', pricingUrl.url);

const workers = new cdk.Stack(app, 'CatalogWorkers', { env });
const ingest = new nodejs.NodejsFunction(workers, 'Ingest', {
  entry: path.join(__dirname, 'src/ingest.ts'),
  runtime: lambda.Runtime.NODEJS_22_X,
  architecture: lambda.Architecture.ARM_64,
  timeout: cdk.Duration.minutes(2),
  layers: [utils],
  environmentEncryption: configKey,
  environment: { FEED_PARAMETER: '/catalog/feeds/partner' },
  paramsAndSecrets: lambda.ParamsAndSecretsLayerVersion.fromVersion(lambda.ParamsAndSecretsVersions.V1_0_103, {
    cacheSize: 500,
    logLevel: lambda.ParamsAndSecretsLogLevel.WARN,
  }),
  loggingFormat: lambda.LoggingFormat.JSON,
  recursiveLoop: lambda.RecursiveLoop.TERMINATE,
  bundling,
});
const ingestUrl = ingest.addFunctionUrl({
  authType: lambda.FunctionUrlAuthType.AWS_IAM,
  invokeMode: lambda.InvokeMode.RESPONSE_STREAM,
});
const partner = new iam.Role(workers, 'PartnerFeed', {
  assumedBy: new iam.AccountPrincipal('210987654321'),
  externalIds: ['catalog-feed'],
});
ingestUrl.grantInvokeUrl(partner);
configKey.grantDecrypt(ingest);
new cdk.CfnOutput(workers, 'IngestUrl', { value: ingestUrl.url });
app.synth();
