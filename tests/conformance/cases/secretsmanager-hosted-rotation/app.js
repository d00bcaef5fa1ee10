// Conformance case 'secretsmanager-hosted-rotation': secrets rotated by Secrets Manager's hosted
// rotation functions, read by a function: HostedRotation.mysqlSingleUser with a function name (the
// secret's excludeCharacters), postgreSqlMultiUser with a master secret (its key, its deny of
// DeleteSecret) in a VPC (a new security group under the schedule, the private subnets), and
// sqlServerSingleUser with own security groups and subnets; the stack's Transform
// AWS::SecretsManager-2024-09-16 (once).
// Upstream: aws-secretsmanager/test/rotation-schedule.test.ts 'hosted rotation' ('single user not
// in a vpc', 'multi user not in a vpc', 'single user in a vpc', 'single user in a vpc with
// security groups', 'exclude characters').
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const kms = require('aws-cdk-lib/aws-kms');
const lambda = require('aws-cdk-lib/aws-lambda');
const secretsmanager = require('aws-cdk-lib/aws-secretsmanager');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const secret = new secretsmanager.Secret(stack, 'Secret', {
  generateSecretString: { excludeCharacters: '"@/\\' },
});
secret.addRotationSchedule('Rotation', {
  hostedRotation: secretsmanager.HostedRotation.mysqlSingleUser({ functionName: 'my-rotation' }),
});
const key = new kms.Key(stack, 'Key');
const masterKey = new kms.Key(stack, 'MasterKey');
const master = new secretsmanager.Secret(stack, 'Master', { encryptionKey: masterKey });
const user = new secretsmanager.Secret(stack, 'User', { encryptionKey: key });
const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 2, natGateways: 1, restrictDefaultSecurityGroup: false });
user.addRotationSchedule('Rotation', {
  hostedRotation: secretsmanager.HostedRotation.postgreSqlMultiUser({ masterSecret: master, vpc }),
  automaticallyAfter: cdk.Duration.days(15),
});
const sg = new ec2.SecurityGroup(stack, 'Sg', { vpc });
const app2 = secretsmanager.Secret.fromSecretCompleteArn(stack, 'Imported',
  'arn:aws:secretsmanager:us-east-1:123456789012:secret:app-AbCdEf');
new secretsmanager.RotationSchedule(stack, 'ImportedRotation', {
  secret: app2,
  hostedRotation: secretsmanager.HostedRotation.sqlServerSingleUser({
    vpc, securityGroups: [sg], vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC }, excludeCharacters: '!',
  }),
  rotateImmediatelyOnUpdate: false,
});
const fn = new lambda.Function(stack, 'Fn', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => "ok";'),
  environment: { SECRET: secret.secretArn, USER: user.secretArn },
});
secret.grantRead(fn);
user.grantRead(fn);
app.synth();
