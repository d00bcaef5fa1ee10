// Conformance case 'user-foundation-workload': an app as a CDK user writes it, not shaped to a
// feature: a platform team's Foundation stack provides what every workload uses -- a VPC with a
// workload security group, an execution role, a KMS key, a log group, a dead-letter queue and a
// logging layer -- and a Workload stack's two functions take all of it across stacks (role, VPC
// and group, key for the environment, log group, DLQ, layer), with JSON logs and tracing.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');
const lambda = require('aws-cdk-lib/aws-lambda');
const logs = require('aws-cdk-lib/aws-logs');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const env = { account: '121212121212', region: 'sa-east-1' };

const foundation = new cdk.Stack(app, 'Foundation', { env });
const vpc = new ec2.Vpc(foundation, 'Vpc', {
  maxAzs: 2,
  natGateways: 1,
  restrictDefaultSecurityGroup: false,
  subnetConfiguration: [
    { name: 'Ingress', subnetType: ec2.SubnetType.PUBLIC },
    { name: 'Workloads', subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
  ],
});
const workloadSg = new ec2.SecurityGroup(foundation, 'WorkloadSg', { vpc, description: 'workload functions' });
const role = new iam.Role(foundation, 'WorkloadRole', {
  assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
  managedPolicies: [
    iam.ManagedPolicy.fromAwsManagedPolicyName('service-role/AWSLambdaVPCAccessExecutionRole'),
    iam.ManagedPolicy.fromAwsManagedPolicyName('AWSXRayDaemonWriteAccess'),
  ],
});
const key = new kms.Key(foundation, 'WorkloadKey', { enableKeyRotation: true });
const logGroup = new logs.LogGroup(foundation, 'WorkloadLogs', {
  retention: logs.RetentionDays.THREE_MONTHS,
  removalPolicy: cdk.RemovalPolicy.DESTROY,
});
const dlq = new sqs.Queue(foundation, 'WorkloadDlq', { retentionPeriod: cdk.Duration.days(14) });
const logLayer = new lambda.LayerVersion(foundation, 'LogLayer', {
  code: lambda.Code.fromAsset(path.join(__dirname, 'layer')),
  compatibleRuntimes: [lambda.Runtime.NODEJS_22_X],
  compatibleArchitectures: [lambda.Architecture.ARM_64],
});

const workload = new cdk.Stack(app, 'Workload', { env });
for (const name of ['Orders', 'Billing']) {
  new lambda.Function(workload, name, {
    runtime: lambda.Runtime.NODEJS_22_X,
    architecture: lambda.Architecture.ARM_64,
    handler: 'index.handler',
    code: lambda.Code.fromInline(`exports.handler = async () => '${name}';`),
    role,
    vpc,
    vpcSubnets: { subnetGroupName: 'Workloads' },
    securityGroups: [workloadSg],
    environmentEncryption: key,
    environment: { SERVICE: name.toLowerCase() },
    logGroup,
    loggingFormat: lambda.LoggingFormat.JSON,
    applicationLogLevelV2: lambda.ApplicationLogLevel.INFO,
    systemLogLevelV2: lambda.SystemLogLevel.WARN,
    deadLetterQueue: dlq,
    layers: [logLayer],
    tracing: lambda.Tracing.ACTIVE,
  });
}
app.synth();
