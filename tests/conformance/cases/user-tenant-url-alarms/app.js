// Conformance case 'user-tenant-url-alarms': an app as a CDK user writes it, not shaped to a
// feature: a multi-tenant router in one account serves each tenant through its own alias and an
// IAM Function URL that the tenant's caller role (assumed from the tenant's account) may invoke;
// premium tenants get provisioned concurrency; each alias has error and p95 latency alarms to an
// ops topic, and a math expression sums the aliases' throttles.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const iam = require('aws-cdk-lib/aws-iam');
const logs = require('aws-cdk-lib/aws-logs');
const sns = require('aws-cdk-lib/aws-sns');
const subs = require('aws-cdk-lib/aws-sns-subscriptions');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');
const actions = require('aws-cdk-lib/aws-cloudwatch-actions');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TenantEdge', {
  env: { account: '111111111111', region: 'eu-central-1' },
  description: 'Tenant-facing router with per-tenant URLs',
});
cdk.Tags.of(stack).add('service', 'tenant-edge');

const ops = new sns.Topic(stack, 'OpsAlerts', { displayName: 'Tenant edge alerts' });
ops.addSubscription(new subs.EmailSubscription('oncall@example.com'));
const alert = new actions.SnsAction(ops);

const router = new lambda.Function(stack, 'Router', {
  runtime: lambda.Runtime.NODEJS_22_X,
  architecture: lambda.Architecture.ARM_64,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async (e) => ({ statusCode: 200, body: e.rawPath });'),
  memorySize: 512,
  timeout: cdk.Duration.seconds(10),
  reservedConcurrentExecutions: 40,
  tracing: lambda.Tracing.ACTIVE,
  environment: { STAGE: 'prod' },
  currentVersionOptions: { removalPolicy: cdk.RemovalPolicy.RETAIN, description: 'router release' },
  logGroup: new logs.LogGroup(stack, 'RouterLogs', {
    retention: logs.RetentionDays.TWO_WEEKS,
    removalPolicy: cdk.RemovalPolicy.DESTROY,
  }),
});
router.addEnvironment('TENANT_HEADER', 'x-tenant-id');
router.addToRolePolicy(new iam.PolicyStatement({
  actions: ['ssm:GetParametersByPath', 'ssm:GetParameter'],
  resources: [stack.formatArn({ service: 'ssm', resource: 'parameter', resourceName: 'tenants/*' })],
}));

const tenants = [
  { name: 'acme', account: '222222222222', provisioned: 5 },
  { name: 'globex', account: '333333333333' },
  { name: 'initech', account: '444444444444', provisioned: 2 },
];
const throttles = {};
tenants.forEach((t, i) => {
  const id = t.name.charAt(0).toUpperCase() + t.name.slice(1);
  const alias = new lambda.Alias(stack, `${id}Alias`, {
    aliasName: t.name,
    version: router.currentVersion,
    description: `traffic of ${t.name}`,
    provisionedConcurrentExecutions: t.provisioned,
  });
  const url = alias.addFunctionUrl({
    authType: lambda.FunctionUrlAuthType.AWS_IAM,
    cors: {
      allowedOrigins: [`https://${t.name}.example.com`],
      allowedMethods: [lambda.HttpMethod.GET, lambda.HttpMethod.POST],
      maxAge: cdk.Duration.minutes(10),
    },
  });
  const caller = new iam.Role(stack, `${id}Caller`, {
    assumedBy: new iam.AccountPrincipal(t.account),
    roleName: `tenant-${t.name}-caller`,
  });
  cdk.Tags.of(caller).add('tenant', t.name);
  url.grantInvokeUrl(caller);

  alias.metricErrors({ period: cdk.Duration.minutes(1) }).createAlarm(stack, `${id}Errors`, {
    threshold: 5,
    evaluationPeriods: 3,
    datapointsToAlarm: 2,
    treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    alarmDescription: `${t.name}: errors on its alias`,
  }).addAlarmAction(alert);
  const latency = new cloudwatch.Alarm(stack, `${id}Latency`, {
    metric: alias.metricDuration({ statistic: 'p95' }),
    threshold: 2000,
    evaluationPeriods: 5,
    comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
  });
  latency.addAlarmAction(alert);
  latency.addOkAction(alert);
  throttles[`t${i}`] = alias.metricThrottles();
  new cdk.CfnOutput(stack, `${id}Url`, { value: url.url, exportName: `tenant-${t.name}-url` });
});

new cloudwatch.Alarm(stack, 'AllTenantThrottles', {
  metric: new cloudwatch.MathExpression({
    expression: 't0 + t1 + t2',
    usingMetrics: throttles,
    label: 'throttles of every tenant',
    period: cdk.Duration.minutes(5),
  }),
  threshold: 10,
  evaluationPeriods: 1,
}).addAlarmAction(alert);
app.synth();
