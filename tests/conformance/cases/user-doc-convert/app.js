// Conformance case 'user-doc-convert': an app as a CDK user writes it, not shaped to a feature:
// a document-conversion service. Uploads of .docx / .odt under incoming/ invoke a converter (live
// alias with provisioned concurrency that scales on utilization) that works in an EFS scratch
// directory inside a VPC and writes PDFs to an output bucket; failed async invocations go to an SNS
// topic, dead letters to a queue; alarms notify the topic and a paging function.
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const efs = require('aws-cdk-lib/aws-efs');
const s3 = require('aws-cdk-lib/aws-s3');
const s3n = require('aws-cdk-lib/aws-s3-notifications');
const sqs = require('aws-cdk-lib/aws-sqs');
const sns = require('aws-cdk-lib/aws-sns');
const lambda = require('aws-cdk-lib/aws-lambda');
const destinations = require('aws-cdk-lib/aws-lambda-destinations');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');
const actions = require('aws-cdk-lib/aws-cloudwatch-actions');

class DocConvertStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);

    const vpc = new ec2.Vpc(this, 'Network', { maxAzs: 2, natGateways: 1 });
    vpc.addGatewayEndpoint('S3Endpoint', {
      service: ec2.GatewayVpcEndpointAwsService.S3,
      subnets: [{ subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS }],
    });
    const converterSg = new ec2.SecurityGroup(this, 'ConverterSg', {
      vpc,
      description: 'Converter functions',
      allowAllOutbound: false,
    });
    converterSg.addEgressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(443), 'HTTPS to AWS APIs');
    const scratch = new efs.FileSystem(this, 'Scratch', {
      vpc,
      encrypted: true,
      performanceMode: efs.PerformanceMode.GENERAL_PURPOSE,
      lifecyclePolicy: efs.LifecyclePolicy.AFTER_7_DAYS,
      removalPolicy: cdk.RemovalPolicy.DESTROY,
    });
    const accessPoint = scratch.addAccessPoint('ConverterAccess', {
      path: '/convert',
      createAcl: { ownerGid: '1001', ownerUid: '1001', permissions: '750' },
      posixUser: { gid: '1001', uid: '1001' },
    });

    const uploads = new s3.Bucket(this, 'Uploads', {
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      lifecycleRules: [{ prefix: 'incoming/', expiration: cdk.Duration.days(30) }],
    });
    const output = new s3.Bucket(this, 'Converted', {
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      versioned: true,
    });

    const deadLetters = new sqs.Queue(this, 'ConverterDlq', { retentionPeriod: cdk.Duration.days(14) });
    const failures = new sns.Topic(this, 'ConversionFailures', { displayName: 'Document conversion failures' });

    const converter = new lambda.Function(this, 'Converter', {
      runtime: lambda.Runtime.PYTHON_3_12,
      architecture: lambda.Architecture.ARM_64,
      handler: 'convert.handler',
      code: lambda.Code.fromInline('def handler(event, context):\n    return {"converted": len(event.get("Records", []))}\n'),
      memorySize: 3008,
      timeout: cdk.Duration.minutes(5),
      ephemeralStorageSize: cdk.Size.gibibytes(4),
      vpc,
      vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
      securityGroups: [converterSg],
      currentVersionOptions: { removalPolicy: cdk.RemovalPolicy.RETAIN },
      filesystem: lambda.FileSystem.fromEfsAccessPoint(accessPoint, '/mnt/scratch'),
      environment: {
        OUTPUT_BUCKET: output.bucketName,
        SCRATCH_DIR: '/mnt/scratch',
      },
      tracing: lambda.Tracing.ACTIVE,
      loggingFormat: lambda.LoggingFormat.JSON,
      applicationLogLevelV2: lambda.ApplicationLogLevel.INFO,
      systemLogLevelV2: lambda.SystemLogLevel.WARN,
      deadLetterQueue: deadLetters,
      onFailure: new destinations.SnsDestination(failures),
      retryAttempts: 1,
      maxEventAge: cdk.Duration.hours(2),
      reservedConcurrentExecutions: 50,
      description: 'Converts uploaded office documents to PDF',
    });
    uploads.grantRead(converter, 'incoming/*');
    output.grantPut(converter);

    const live = new lambda.Alias(this, 'ConverterLive', {
      aliasName: 'live',
      version: converter.currentVersion,
      provisionedConcurrentExecutions: 2,
    });
    const scaling = live.addAutoScaling({ minCapacity: 2, maxCapacity: 20 });
    scaling.scaleOnUtilization({ utilizationTarget: 0.7 });

    uploads.addEventNotification(s3.EventType.OBJECT_CREATED, new s3n.LambdaDestination(live),
      { prefix: 'incoming/', suffix: '.docx' });
    uploads.addEventNotification(s3.EventType.OBJECT_CREATED, new s3n.LambdaDestination(live),
      { prefix: 'incoming/', suffix: '.odt' });

    uploads.addObjectRemovedNotification(new s3n.SnsDestination(failures), { prefix: 'converted/' });

    const pager = new lambda.Function(this, 'Pager', {
      runtime: lambda.Runtime.NODEJS_22_X,
      handler: 'index.handler',
      code: lambda.Code.fromInline('exports.handler = async (e) => { console.log(JSON.stringify(e)); };'),
      timeout: cdk.Duration.seconds(10),
      environment: { ONCALL_ROTATION: 'docs-platform' },
    });

    const errors = new cloudwatch.Alarm(this, 'ConverterErrors', {
      metric: live.metricErrors({ period: cdk.Duration.minutes(5), statistic: cloudwatch.Stats.SUM }),
      threshold: 5,
      evaluationPeriods: 2,
      datapointsToAlarm: 2,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      alarmDescription: 'Conversions are failing',
    });
    errors.addAlarmAction(new actions.SnsAction(failures));
    errors.addAlarmAction(new actions.LambdaAction(pager));
    errors.addOkAction(new actions.SnsAction(failures));

    const slow = converter.metricDuration({ statistic: cloudwatch.Stats.percentile(99) })
      .createAlarm(this, 'ConverterSlow', { threshold: 240000, evaluationPeriods: 3 });
    slow.addAlarmAction(new actions.SnsAction(failures));

    const backlog = new cloudwatch.Alarm(this, 'DeadLetterBacklog', {
      metric: deadLetters.metricApproximateNumberOfMessagesVisible(),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
    });
    backlog.addAlarmAction(new actions.SnsAction(failures));

    new cdk.CfnOutput(this, 'UploadBucketName', { value: uploads.bucketName, exportName: 'DocConvert-UploadBucket' });
    new cdk.CfnOutput(this, 'ConverterAliasArn', { value: live.functionArn });
    cdk.Tags.of(this).add('service', 'doc-convert');
  }
}

const app = new cdk.App();
new DocConvertStack(app, 'DocConvert', { description: 'Document conversion service' });
app.synth();
