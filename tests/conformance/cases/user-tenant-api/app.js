// Conformance case 'user-tenant-api': an app as a CDK user writes it, not shaped to one feature: a
// multi-tenant API backend. A table keyed by tenant (stream of new and old images) is read and
// written by an API function (X-Ray tracing, reserved concurrency, environment added after the
// fact) served on its `prod` alias through an IAM Function URL with credentialed CORS; the alias
// keeps provisioned concurrency that scales on utilization and on three schedules (a cron, a
// cron expression, a one-off launch at a date); an admin role may call the URL. A public health
// check (inline code, a NONE-auth URL that streams) and an audit function granted the table's
// stream; outputs.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const lambda = require('aws-cdk-lib/aws-lambda');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const appscaling = require('aws-cdk-lib/aws-applicationautoscaling');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TenantApi');

const table = new dynamodb.Table(stack, 'TenantData', {
  partitionKey: { name: 'tenantId', type: dynamodb.AttributeType.STRING },
  sortKey: { name: 'sk', type: dynamodb.AttributeType.STRING },
  billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
  stream: dynamodb.StreamViewType.NEW_AND_OLD_IMAGES,
  removalPolicy: cdk.RemovalPolicy.DESTROY,
});

const api = new lambda.Function(stack, 'ApiHandler', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset('api'),
  memorySize: 1024,
  timeout: cdk.Duration.seconds(15),
  tracing: lambda.Tracing.ACTIVE,
  reservedConcurrentExecutions: 100,
  description: 'Tenant-scoped REST API',
  environment: {
    TABLE_NAME: table.tableName,
    POWERTOOLS_SERVICE_NAME: 'tenant-api',
  },
});
api.addEnvironment('LOG_LEVEL', 'info');
table.grantReadWriteData(api);

const prod = new lambda.Alias(stack, 'ApiProd', {
  aliasName: 'prod',
  version: api.currentVersion,
  description: 'production traffic',
  provisionedConcurrentExecutions: 5,
});
const capacity = prod.addAutoScaling({ minCapacity: 5, maxCapacity: 80 });
capacity.scaleOnUtilization({
  utilizationTarget: 0.6,
  scaleInCooldown: cdk.Duration.minutes(10),
  scaleOutCooldown: cdk.Duration.minutes(1),
});
capacity.scaleOnSchedule('MorningRamp', {
  schedule: appscaling.Schedule.cron({ hour: '6', minute: '45' }),
  minCapacity: 30,
});
capacity.scaleOnSchedule('EveningDrain', {
  schedule: appscaling.Schedule.expression('cron(0 21 * * ? *)'),
  minCapacity: 5,
  maxCapacity: 40,
});
capacity.scaleOnSchedule('LaunchDay', {
  schedule: appscaling.Schedule.at(new Date(Date.UTC(2030, 2, 1, 9, 0, 0))),
  minCapacity: 60,
  maxCapacity: 80,
});

const apiUrl = prod.addFunctionUrl({
  authType: lambda.FunctionUrlAuthType.AWS_IAM,
  cors: {
    allowedOrigins: ['https://app.example.com', 'https://admin.example.com'],
    allowedMethods: [lambda.HttpMethod.GET, lambda.HttpMethod.PUT, lambda.HttpMethod.DELETE],
    allowedHeaders: ['authorization', 'x-tenant-id'],
    exposedHeaders: ['x-request-id'],
    allowCredentials: true,
    maxAge: cdk.Duration.minutes(10),
  },
});

const admins = new iam.Role(stack, 'TenantAdmin', {
  assumedBy: new iam.ArnPrincipal('arn:aws:iam::123456789012:role/sso-admins'),
  maxSessionDuration: cdk.Duration.hours(4),
});
prod.grantInvokeUrl(admins);

const health = new lambda.Function(stack, 'Health', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => ({ statusCode: 200, body: "ok" });'),
  memorySize: 128,
});
const healthUrl = health.addFunctionUrl({
  authType: lambda.FunctionUrlAuthType.NONE,
  invokeMode: lambda.InvokeMode.RESPONSE_STREAM,
  cors: { allowedOrigins: ['*'], allowedMethods: [lambda.HttpMethod.GET, lambda.HttpMethod.HEAD] },
});

const audit = new lambda.Function(stack, 'AuditTrail', {
  runtime: lambda.Runtime.PYTHON_3_12,
  handler: 'audit.handler',
  code: lambda.Code.fromInline('def handler(event, context):\n    print(event)\n'),
  environment: { STREAM_ARN: table.tableStreamArn },
  tracing: lambda.Tracing.PASS_THROUGH,
});
table.grantStreamRead(audit);
table.grantReadData(audit);

new cdk.CfnOutput(stack, 'ApiUrl', { value: apiUrl.url, exportName: 'TenantApiUrl' });
new cdk.CfnOutput(stack, 'HealthUrl', { value: healthUrl.url });
new cdk.CfnOutput(stack, 'TableName', { value: table.tableName });
app.synth();
