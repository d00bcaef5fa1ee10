// Conformance case 'user-imported-resources': an app as a CDK user in a platform-managed account
// writes it: nearly everything already exists. A reconciler runs under the platform's execution
// role (imported with mutable: false, so the grants it gets write nothing), reads an imported queue
// and writes an imported table; a report function has an imported mutable role that the grants on
// an imported bucket (code from it too), an imported topic and imported functions attach a policy
// to; the legacy billing function (same account, fromFunctionAttributes with sameEnvironment) gets
// permissions and a topic subscription; a partner's function in another account is invoked (skipPermissions: it allows us already);
// an imported layer, an imported version and alias; an EventBridge rule on an imported function.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const s3 = require('aws-cdk-lib/aws-s3');
const sqs = require('aws-cdk-lib/aws-sqs');
const sns = require('aws-cdk-lib/aws-sns');
const subs = require('aws-cdk-lib/aws-sns-subscriptions');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const events = require('aws-cdk-lib/aws-events');
const targets = require('aws-cdk-lib/aws-events-targets');
const lambda = require('aws-cdk-lib/aws-lambda');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Reconciliation', {
  env: { account: '123456789012', region: 'eu-west-1' },
});

const platformRole = iam.Role.fromRoleArn(stack, 'PlatformExecRole',
  'arn:aws:iam::123456789012:role/platform/lambda-exec', { mutable: false });
const reportRole = iam.Role.fromRoleArn(stack, 'ReportRole', 'arn:aws:iam::123456789012:role/report-runner');

const inbox = sqs.Queue.fromQueueArn(stack, 'Inbox', 'arn:aws:sqs:eu-west-1:123456789012:reconcile-inbox');
const ledger = dynamodb.Table.fromTableName(stack, 'Ledger', 'ledger-entries');
const artifacts = s3.Bucket.fromBucketName(stack, 'Artifacts', 'acme-shared-artifacts');
const finance = sns.Topic.fromTopicArn(stack, 'FinanceEvents', 'arn:aws:sns:eu-west-1:123456789012:finance-events');
const powertools = lambda.LayerVersion.fromLayerVersionArn(stack, 'Powertools',
  'arn:aws:lambda:eu-west-1:017000801446:layer:AWSLambdaPowertoolsPythonV3-python312-x86_64:7');

const reconciler = new lambda.Function(stack, 'Reconciler', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'reconcile')),
  role: platformRole,
  environment: { LEDGER_TABLE: ledger.tableName },
});
reconciler.addEventSource(new sources.SqsEventSource(inbox, { batchSize: 10 }));
ledger.grantReadWriteData(reconciler);

const report = new lambda.Function(stack, 'MonthlyReport', {
  runtime: lambda.Runtime.PYTHON_3_12,
  handler: 'report.handler',
  code: lambda.Code.fromBucket(artifacts, 'lambda/monthly-report-1.4.2.zip'),
  role: reportRole,
  layers: [powertools],
  timeout: cdk.Duration.minutes(10),
});
artifacts.grantRead(report, 'reports/*');
artifacts.grantPut(report, 'reports/out/*');
finance.grantPublish(report);

const billing = lambda.Function.fromFunctionAttributes(stack, 'LegacyBilling', {
  functionArn: 'arn:aws:lambda:eu-west-1:123456789012:function:legacy-billing',
  sameEnvironment: true,
});
billing.grantInvoke(report);
billing.addPermission('FromFinanceBucket', {
  principal: new iam.ServicePrincipal('s3.amazonaws.com'),
  sourceArn: artifacts.bucketArn,
  sourceAccount: '123456789012',
});
finance.addSubscription(new subs.LambdaSubscription(billing));

const partnerHook = lambda.Function.fromFunctionAttributes(stack, 'PartnerHook', {
  functionArn: 'arn:aws:lambda:eu-west-1:999988887777:function:partner-webhook',
  skipPermissions: true,
});
partnerHook.grantInvoke(report);

const auditor = lambda.Function.fromFunctionArn(stack, 'Auditor',
  'arn:aws:lambda:eu-west-1:123456789012:function:ledger-auditor');
const auditorV3 = lambda.Version.fromVersionArn(stack, 'AuditorV3',
  'arn:aws:lambda:eu-west-1:123456789012:function:ledger-auditor:3');
const auditorLive = lambda.Alias.fromAliasAttributes(stack, 'AuditorLive', {
  aliasName: 'live',
  aliasVersion: auditorV3,
});
auditorLive.grantInvoke(report);
new events.Rule(stack, 'NightlyAudit', {
  schedule: events.Schedule.cron({ minute: '30', hour: '1' }),
  targets: [new targets.LambdaFunction(auditor)],
});

new cdk.CfnOutput(stack, 'ReconcilerArn', { value: reconciler.functionArn });
app.synth();
