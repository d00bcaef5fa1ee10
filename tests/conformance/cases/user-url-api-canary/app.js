// Conformance case 'user-url-api-canary': an app as a user writes it: an API of five Node.js
// functions behind Function URLs, all from one asset folder and sharing one layer (from a folder,
// two runtimes, arm64), made in a loop from a route table. Each function gets a retained
// currentVersion (a description), JSON logs and a `live` alias with its URL: the public search
// route (NONE, CORS) shifts 10% of its traffic to the new version from the stable version 7
// (imported by attributes), has provisioned concurrency scaled on utilization and on a weekday
// schedule (time zone); the export route streams its response; the others are AWS_IAM URLs that
// a partner role (an account principal with an external id) is granted; the orders alias keeps
// two provisioned instances; outputs of every URL.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const lambda = require('aws-cdk-lib/aws-lambda');
const appscaling = require('aws-cdk-lib/aws-applicationautoscaling');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'UrlApi', { env: { account: '123456789012', region: 'eu-central-1' } });

const shared = new lambda.LayerVersion(stack, 'Shared', {
  code: lambda.Code.fromAsset(path.join(__dirname, 'shared-layer')),
  compatibleRuntimes: [lambda.Runtime.NODEJS_20_X, lambda.Runtime.NODEJS_22_X],
  compatibleArchitectures: [lambda.Architecture.ARM_64],
  description: 'shared response helpers',
  removalPolicy: cdk.RemovalPolicy.RETAIN,
});
const code = lambda.Code.fromAsset(path.join(__dirname, 'api'));

const partner = new iam.Role(stack, 'PartnerRole', {
  assumedBy: new iam.AccountPrincipal('210987654321'),
  externalIds: ['partner-7f3a'],
  description: 'partner access to the private routes',
});

const routes = [
  { name: 'Search', handler: 'src/routes.search', memory: 1024, auth: lambda.FunctionUrlAuthType.NONE },
  { name: 'Orders', handler: 'src/routes.orders', memory: 512, auth: lambda.FunctionUrlAuthType.AWS_IAM },
  { name: 'Profile', handler: 'src/routes.profile', memory: 256, auth: lambda.FunctionUrlAuthType.AWS_IAM },
  { name: 'Export', handler: 'src/routes.exportData', memory: 2048, auth: lambda.FunctionUrlAuthType.AWS_IAM, stream: true },
  { name: 'Admin', handler: 'src/routes.admin', memory: 256, auth: lambda.FunctionUrlAuthType.AWS_IAM },
];

for (const route of routes) {
  const fn = new lambda.Function(stack, `${route.name}Fn`, {
    runtime: lambda.Runtime.NODEJS_22_X,
    architecture: lambda.Architecture.ARM_64,
    handler: route.handler,
    code,
    layers: [shared],
    memorySize: route.memory,
    timeout: cdk.Duration.seconds(route.stream ? 120 : 10),
    loggingFormat: lambda.LoggingFormat.JSON,
    applicationLogLevelV2: lambda.ApplicationLogLevel.INFO,
    environment: { ROUTE: route.name.toLowerCase(), NODE_OPTIONS: '--enable-source-maps' },
    currentVersionOptions: {
      removalPolicy: cdk.RemovalPolicy.RETAIN,
      description: `${route.name} release`,
    },
  });

  let alias;
  if (route.name === 'Search') {
    const stable = lambda.Version.fromVersionAttributes(stack, 'SearchStable', { lambda: fn, version: '7' });
    alias = new lambda.Alias(stack, 'SearchLive', {
      aliasName: 'live',
      version: stable,
      additionalVersions: [{ version: fn.currentVersion, weight: 0.1 }],
    });
    const scaling = alias.addAutoScaling({ minCapacity: 2, maxCapacity: 40 });
    scaling.scaleOnUtilization({ utilizationTarget: 0.7 });
    scaling.scaleOnSchedule('WorkdayMorning', {
      schedule: appscaling.Schedule.cron({ weekDay: 'MON-FRI', hour: '7', minute: '30' }),
      minCapacity: 10,
      timeZone: cdk.TimeZone.EUROPE_BERLIN,
    });
    scaling.scaleOnSchedule('WorkdayEvening', {
      schedule: appscaling.Schedule.cron({ weekDay: 'MON-FRI', hour: '20', minute: '0' }),
      minCapacity: 2,
      timeZone: cdk.TimeZone.EUROPE_BERLIN,
    });
  } else {
    alias = fn.addAlias('live', {
      provisionedConcurrentExecutions: route.name === 'Orders' ? 2 : undefined,
    });
  }

  const url = alias.addFunctionUrl({
    authType: route.auth,
    invokeMode: route.stream ? lambda.InvokeMode.RESPONSE_STREAM : undefined,
    cors: route.auth === lambda.FunctionUrlAuthType.NONE ? {
      allowedOrigins: ['https://app.example.com'],
      allowedMethods: [lambda.HttpMethod.GET],
      maxAge: cdk.Duration.hours(1),
    } : undefined,
  });
  if (route.auth === lambda.FunctionUrlAuthType.AWS_IAM && route.name !== 'Admin') {
    url.grantInvokeUrl(partner);
  }
  new cdk.CfnOutput(stack, `${route.name}Url`, { value: url.url });
}
app.synth();
