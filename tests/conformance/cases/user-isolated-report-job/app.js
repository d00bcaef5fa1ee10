// Conformance case 'user-isolated-report-job': an app as a user writes it: a cron-driven report job
// in a NAT-less VPC of isolated subnets only (the default security group left alone): S3 and
// DynamoDB gateway endpoints (the S3 one's policy limited to the reports bucket) and a Secrets
// Manager interface endpoint that is not open to the VPC; an encrypted EFS scratch file system in
// the isolated subnets (lifecycle policy, destroyed) with an access point (createAcl, POSIX user);
// a Python report function in the isolated subnets with its own security group without outbound
// traffic but egress to the endpoint (connections.allowTo) and to the S3 prefix list, the access
// point mounted, reserved concurrency 1 and no async retries; a table imported by name (read), a
// secret imported by complete ARN (read), the reports bucket (read/write on a prefix); weekday and
// monthly cron rules with fromObject inputs (EventField.time) and retries; an output.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const ec2 = require('aws-cdk-lib/aws-ec2');
const efs = require('aws-cdk-lib/aws-efs');
const iam = require('aws-cdk-lib/aws-iam');
const s3 = require('aws-cdk-lib/aws-s3');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const secretsmanager = require('aws-cdk-lib/aws-secretsmanager');
const events = require('aws-cdk-lib/aws-events');
const targets = require('aws-cdk-lib/aws-events-targets');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'SalesReports');

const vpc = new ec2.Vpc(stack, 'ReportsVpc', {
  maxAzs: 2,
  natGateways: 0,
  subnetConfiguration: [{ name: 'data', subnetType: ec2.SubnetType.PRIVATE_ISOLATED, cidrMask: 24 }],
  restrictDefaultSecurityGroup: false,
});
const s3Endpoint = vpc.addGatewayEndpoint('S3', { service: ec2.GatewayVpcEndpointAwsService.S3 });
vpc.addGatewayEndpoint('Dynamo', { service: ec2.GatewayVpcEndpointAwsService.DYNAMODB });
const secretsEndpoint = vpc.addInterfaceEndpoint('SecretsManager', {
  service: ec2.InterfaceVpcEndpointAwsService.SECRETS_MANAGER,
  open: false,
});

const reports = new s3.Bucket(stack, 'Reports', {
  enforceSSL: true,
  encryption: s3.BucketEncryption.S3_MANAGED,
  lifecycleRules: [{ prefix: 'daily/', expiration: cdk.Duration.days(90) }],
});
s3Endpoint.addToPolicy(new iam.PolicyStatement({
  principals: [new iam.AnyPrincipal()],
  actions: ['s3:GetObject', 's3:PutObject', 's3:ListBucket'],
  resources: [reports.bucketArn, reports.arnForObjects('*')],
}));

const scratch = new efs.FileSystem(stack, 'Scratch', {
  vpc,
  vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
  encrypted: true,
  lifecyclePolicy: efs.LifecyclePolicy.AFTER_14_DAYS,
  performanceMode: efs.PerformanceMode.GENERAL_PURPOSE,
  throughputMode: efs.ThroughputMode.BURSTING,
  removalPolicy: cdk.RemovalPolicy.DESTROY,
});
const accessPoint = scratch.addAccessPoint('ReportsAccessPoint', {
  path: '/reports',
  createAcl: { ownerUid: '1001', ownerGid: '1001', permissions: '750' },
  posixUser: { uid: '1001', gid: '1001' },
});

const jobSg = new ec2.SecurityGroup(stack, 'ReportJobSg', {
  vpc,
  allowAllOutbound: false,
  description: 'Sales report job',
});
jobSg.addEgressRule(ec2.Peer.prefixList('pl-6ea54007'), ec2.Port.tcp(443), 'S3 through the gateway endpoint');

const sales = dynamodb.Table.fromTableName(stack, 'Sales', 'sales-orders');
const dbSecret = secretsmanager.Secret.fromSecretCompleteArn(stack, 'WarehouseSecret',
  'arn:aws:secretsmanager:eu-west-1:123456789012:secret:reports/warehouse-AbCdEf');

const job = new lambda.Function(stack, 'ReportJob', {
  runtime: lambda.Runtime.PYTHON_3_12,
  handler: 'report.handler',
  code: lambda.Code.fromInline('def handler(event, context):\n    return event\n'),
  timeout: cdk.Duration.minutes(10),
  memorySize: 2048,
  vpc,
  vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
  securityGroups: [jobSg],
  filesystem: lambda.FileSystem.fromEfsAccessPoint(accessPoint, '/mnt/reports'),
  reservedConcurrentExecutions: 1,
  retryAttempts: 0,
  environment: {
    REPORTS_BUCKET: reports.bucketName,
    SALES_TABLE: sales.tableName,
    WAREHOUSE_SECRET_ARN: dbSecret.secretArn,
    SCRATCH_DIR: '/mnt/reports',
  },
});
job.connections.allowTo(secretsEndpoint, ec2.Port.tcp(443), 'Secrets Manager endpoint');
sales.grantReadData(job);
dbSecret.grantRead(job);
reports.grantReadWrite(job, 'daily/*');

new events.Rule(stack, 'Weekdays', {
  description: 'Daily sales report, weekdays 06:15 UTC',
  schedule: events.Schedule.cron({ minute: '15', hour: '6', weekDay: 'MON-FRI' }),
  targets: [new targets.LambdaFunction(job, {
    event: events.RuleTargetInput.fromObject({ report: 'daily-sales', requestedAt: events.EventField.time }),
    retryAttempts: 2,
  })],
});
const monthly = new events.Rule(stack, 'Monthly', {
  schedule: events.Schedule.expression('cron(0 7 1 * ? *)'),
});
monthly.addTarget(new targets.LambdaFunction(job, {
  event: events.RuleTargetInput.fromObject({ report: 'monthly-sales', month: events.EventField.fromPath('$.time') }),
  maxEventAge: cdk.Duration.hours(1),
}));

new cdk.CfnOutput(stack, 'ScratchFileSystemId', { value: scratch.fileSystemId });
app.synth();
