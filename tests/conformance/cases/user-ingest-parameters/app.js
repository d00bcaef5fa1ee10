// A user's app: CSV files dropped in a bucket under incoming/ are loaded into a table by a
// function; the table's name is published in Parameter Store for other teams, the function reads
// its settings from another parameter, errors raise an alarm, logs are kept a week, and the
// bucket notification goes to a `live` alias of the function's current version.
const cdk = require('aws-cdk-lib');
const s3 = require('aws-cdk-lib/aws-s3');
const s3n = require('aws-cdk-lib/aws-s3-notifications');
const ssm = require('aws-cdk-lib/aws-ssm');
const lambda = require('aws-cdk-lib/aws-lambda');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const logs = require('aws-cdk-lib/aws-logs');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'IngestStack');

const uploads = new s3.Bucket(stack, 'Uploads', {
  removalPolicy: cdk.RemovalPolicy.DESTROY,
  autoDeleteObjects: false,
});
const table = new dynamodb.Table(stack, 'Records', {
  partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },
  sortKey: { name: 'sk', type: dynamodb.AttributeType.STRING },
  billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
});
const settings = new ssm.StringParameter(stack, 'Settings', {
  parameterName: '/ingest/settings',
  stringValue: '{"delimiter":","}',
  description: 'CSV loader settings',
});
const logGroup = new logs.LogGroup(stack, 'LoaderLogs', {
  retention: logs.RetentionDays.ONE_WEEK,
  removalPolicy: cdk.RemovalPolicy.DESTROY,
});
const loader = new lambda.Function(stack, 'Loader', {
  runtime: lambda.Runtime.PYTHON_3_12,
  handler: 'index.handler',
  code: lambda.Code.fromInline('def handler(event, context):\n    return None\n'),
  timeout: cdk.Duration.minutes(2),
  memorySize: 512,
  logGroup,
  environment: {
    TABLE_NAME: table.tableName,
    SETTINGS_PARAMETER: settings.parameterName,
  },
});
table.grantWriteData(loader);
uploads.grantRead(loader, 'incoming/*');
settings.grantRead(loader);
const live = loader.currentVersion.addAlias('live');
uploads.addEventNotification(s3.EventType.OBJECT_CREATED, new s3n.LambdaDestination(live),
  { prefix: 'incoming/', suffix: '.csv' });
new ssm.StringParameter(stack, 'TableNameParameter', {
  parameterName: '/ingest/table-name',
  stringValue: table.tableName,
});
new cloudwatch.Alarm(stack, 'LoaderErrors', {
  metric: loader.metricErrors({ period: cdk.Duration.minutes(5) }),
  threshold: 1,
  evaluationPeriods: 1,
  treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
});
app.synth();
