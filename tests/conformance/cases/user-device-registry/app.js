// Conformance case 'user-device-registry': an app as a CDK user writes it: a device registry. The
// registry stack keeps devices in a DynamoDB table with a stream, takes partner uploads on a
// streaming, IAM-authenticated Function URL, and processes the stream (filtered, windowed, failures
// to a queue) behind an auto-scaled alias with an error alarm. The ops stack sweeps nightly by
// invoking the ingest function of the other stack from an EventBridge rule.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const lambda = require('aws-cdk-lib/aws-lambda');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');
const sqs = require('aws-cdk-lib/aws-sqs');
const sns = require('aws-cdk-lib/aws-sns');
const events = require('aws-cdk-lib/aws-events');
const targets = require('aws-cdk-lib/aws-events-targets');
const cwActions = require('aws-cdk-lib/aws-cloudwatch-actions');

const env = { account: '111111111111', region: 'eu-west-1' };

class RegistryStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);
    const devices = new dynamodb.Table(this, 'Devices', {
      partitionKey: { name: 'deviceId', type: dynamodb.AttributeType.STRING },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      stream: dynamodb.StreamViewType.NEW_AND_OLD_IMAGES,
      removalPolicy: cdk.RemovalPolicy.DESTROY,
    });
    const failures = new sqs.Queue(this, 'StreamFailures', { retentionPeriod: cdk.Duration.days(14) });

    this.ingest = new lambda.Function(this, 'Ingest', {
      runtime: lambda.Runtime.PYTHON_3_12,
      handler: 'index.handler',
      code: lambda.Code.fromInline('def handler(event, context):\n    return {"ok": True}\n'),
      architecture: lambda.Architecture.ARM_64,
      memorySize: 512,
      timeout: cdk.Duration.seconds(30),
      tracing: lambda.Tracing.ACTIVE,
      loggingFormat: lambda.LoggingFormat.JSON,
      applicationLogLevelV2: lambda.ApplicationLogLevel.DEBUG,
      systemLogLevelV2: lambda.SystemLogLevel.WARN,
      environment: { TABLE: devices.tableName },
      recursiveLoop: lambda.RecursiveLoop.ALLOW,
      ephemeralStorageSize: cdk.Size.mebibytes(1024),
      reservedConcurrentExecutions: 20,
    });
    devices.grantReadWriteData(this.ingest);
    const url = this.ingest.addFunctionUrl({
      authType: lambda.FunctionUrlAuthType.AWS_IAM,
      cors: { allowedOrigins: ['https://partner.example.com'], allowedMethods: [lambda.HttpMethod.POST], maxAge: cdk.Duration.hours(1) },
      invokeMode: lambda.InvokeMode.RESPONSE_STREAM,
    });
    const partner = new iam.Role(this, 'PartnerRole', { assumedBy: new iam.AccountPrincipal('222222222222') });
    this.ingest.grantInvokeUrl(partner);
    new cdk.CfnOutput(this, 'IngestUrl', { value: url.url });

    const processor = new lambda.Function(this, 'StreamProcessor', {
      runtime: lambda.Runtime.NODEJS_20_X,
      handler: 'index.handler',
      code: lambda.Code.fromInline('exports.handler = async () => ({ batchItemFailures: [] });'),
      currentVersionOptions: { removalPolicy: cdk.RemovalPolicy.RETAIN },
    });
    processor.addEventSource(new sources.DynamoEventSource(devices, {
      startingPosition: lambda.StartingPosition.TRIM_HORIZON,
      batchSize: 50,
      bisectBatchOnError: true,
      onFailure: new sources.SqsDlq(failures),
      reportBatchItemFailures: true,
      filters: [lambda.FilterCriteria.filter({ eventName: lambda.FilterRule.isEqual('INSERT') })],
      maxRecordAge: cdk.Duration.hours(1),
      retryAttempts: 3,
      parallelizationFactor: 2,
      tumblingWindow: cdk.Duration.seconds(30),
    }));
    const live = processor.addAlias('live', { provisionedConcurrentExecutions: 2 });
    live.addAutoScaling({ minCapacity: 2, maxCapacity: 10 }).scaleOnUtilization({ utilizationTarget: 0.7 });

    const ops = new sns.Topic(this, 'OpsTopic', { displayName: 'registry ops' });
    const alarm = processor.metricErrors({ period: cdk.Duration.minutes(1) }).createAlarm(this, 'ProcessorErrors', {
      threshold: 1,
      evaluationPeriods: 1,
    });
    alarm.addAlarmAction(new cwActions.SnsAction(ops));
  }
}

class OpsStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);
    const rule = new events.Rule(this, 'NightlySweep', {
      schedule: events.Schedule.cron({ minute: '0', hour: '3' }),
    });
    rule.addTarget(new targets.LambdaFunction(props.ingest, {
      event: events.RuleTargetInput.fromObject({ mode: 'sweep' }),
      retryAttempts: 2,
    }));
  }
}

const app = new cdk.App();
const registry = new RegistryStack(app, 'DeviceRegistry', { env });
new OpsStack(app, 'DeviceOps', { env, ingest: registry.ingest });
cdk.Tags.of(app).add('service', 'device-registry');
app.synth();
