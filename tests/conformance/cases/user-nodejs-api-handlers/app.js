// Conformance case 'user-nodejs-api-handlers': an app as a user writes it with NodejsFunction:
// TypeScript handlers of one project (package-lock.json at its root) sharing a helper module,
// several functions of one entry (named exports as handlers), bundling options a team settles on
// (minify, source maps with NODE_OPTIONS, externalModules, define, bundling environment, target,
// ESM for a .mjs job), arm64, a table and grants, a schedule; and a plain Function beside them.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const nodejs = require('aws-cdk-lib/aws-lambda-nodejs');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const events = require('aws-cdk-lib/aws-events');
const targets = require('aws-cdk-lib/aws-events-targets');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'OrdersApi');

const table = new dynamodb.Table(stack, 'Orders', {
  partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },
  billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
});

const bundling = {
  minify: true,
  sourceMap: true,
  target: 'node22',
  externalModules: ['@aws-sdk/*', 'pg-native'],
  define: { API_VERSION: JSON.stringify('2024-06-01') },
  environment: { NODE_ENV: 'production' },
};
const common = {
  runtime: lambda.Runtime.NODEJS_22_X,
  architecture: lambda.Architecture.ARM_64,
  memorySize: 256,
  timeout: cdk.Duration.seconds(10),
  environment: { NODE_OPTIONS: '--enable-source-maps', TABLE_NAME: table.tableName },
  bundling,
};

const orders = new nodejs.NodejsFunction(stack, 'GetOrder', {
  ...common,
  entry: path.join(__dirname, 'src/api/orders.ts'),
  description: 'GET /orders/{id}',
});
table.grantReadData(orders);

for (const [id, handler] of [['ListUsers', 'list'], ['GetUser', 'get']]) {
  new nodejs.NodejsFunction(stack, id, {
    ...common,
    entry: path.join(__dirname, 'src/api/users.ts'),
    handler,
  });
}

const cleanup = new nodejs.NodejsFunction(stack, 'Cleanup', {
  entry: path.join(__dirname, 'src/jobs/cleanup.mjs'),
  runtime: lambda.Runtime.NODEJS_22_X,
  timeout: cdk.Duration.minutes(5),
  environment: { RETENTION_DAYS: '14' },
  bundling: {
    format: nodejs.OutputFormat.ESM,
    define: { DEBUG: 'false' },
    banner: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);",
  },
});
table.grantReadWriteData(cleanup);
new events.Rule(stack, 'Nightly', {
  schedule: events.Schedule.cron({ minute: '30', hour: '2' }),
  targets: [new targets.LambdaFunction(cleanup)],
});

new lambda.Function(stack, 'LegacyRedirect', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'legacy')),
});
app.synth();
