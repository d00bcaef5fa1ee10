// Conformance case 'secretsmanager-rotation-tests': aws-cdk's rotation-schedule.test.ts, the tests
// no other case ports, a stack per test: a rotation function for a secret imported by name (its
// grants on `name-??????`), a multi-user hosted rotation outside a VPC, single-user hosted rotations
// in a VPC whose connections a database's security group opens its default port to (the made
// security group; two given ones), customized excludeCharacters, and automaticallyAfter of zero
// hours, minutes, seconds and milliseconds (no RotationRules).
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const lambda = require('aws-cdk-lib/aws-lambda');
const sm = require('aws-cdk-lib/aws-secretsmanager');

const app = new cdk.App();
const rotator = (stack) => new lambda.Function(stack, 'Lambda', {
  runtime: lambda.Runtime.NODEJS_22_X,
  code: lambda.Code.fromInline('export.handler = event => event;'),
  handler: 'index.handler',
});

// 'grants correct permissions for secret imported by name'
{
  const stack = new cdk.Stack(app, 'T1');
  const secret = sm.Secret.fromSecretNameV2(stack, 'Secret', 'mySecretName');
  new sm.RotationSchedule(stack, 'RotationSchedule', { secret, rotationLambda: rotator(stack) });
}
// 'multi user not in a vpc'
{
  const stack = new cdk.Stack(app, 'T2');
  const secret = new sm.Secret(stack, 'Secret');
  const masterSecret = new sm.Secret(stack, 'MasterSecret');
  secret.addRotationSchedule('RotationSchedule', {
    hostedRotation: sm.HostedRotation.postgreSqlMultiUser({ masterSecret }),
  });
}
// 'single user in a vpc'
{
  const stack = new cdk.Stack(app, 'T3');
  // restrictDefaultSecurityGroup off: its handler's asset is ccdk's own
  const vpc = new ec2.Vpc(stack, 'Vpc', { restrictDefaultSecurityGroup: false });
  const secret = new sm.Secret(stack, 'Secret');
  const dbSecurityGroup = new ec2.SecurityGroup(stack, 'SecurityGroup', { vpc });
  const dbConnections = new ec2.Connections({ defaultPort: ec2.Port.tcp(3306), securityGroups: [dbSecurityGroup] });
  const hostedRotation = sm.HostedRotation.mysqlSingleUser({ vpc });
  secret.addRotationSchedule('RotationSchedule', { hostedRotation });
  dbConnections.allowDefaultPortFrom(hostedRotation);
}
// 'single user in a vpc with security groups'
{
  const stack = new cdk.Stack(app, 'T4');
  // restrictDefaultSecurityGroup off: its handler's asset is ccdk's own
  const vpc = new ec2.Vpc(stack, 'Vpc', { restrictDefaultSecurityGroup: false });
  const secret = new sm.Secret(stack, 'Secret');
  const dbSecurityGroup = new ec2.SecurityGroup(stack, 'SecurityGroup', { vpc });
  const dbConnections = new ec2.Connections({ defaultPort: ec2.Port.tcp(3306), securityGroups: [dbSecurityGroup] });
  const hostedRotation = sm.HostedRotation.mysqlSingleUser({
    vpc,
    securityGroups: [new ec2.SecurityGroup(stack, 'SG1', { vpc }), new ec2.SecurityGroup(stack, 'SG2', { vpc })],
  });
  secret.addRotationSchedule('RotationSchedule', { hostedRotation });
  dbConnections.allowDefaultPortFrom(hostedRotation);
}
// 'can customize exclude characters'
{
  const stack = new cdk.Stack(app, 'T5');
  const secret = new sm.Secret(stack, 'Secret');
  secret.addRotationSchedule('RotationSchedule', {
    hostedRotation: sm.HostedRotation.mysqlSingleUser({ excludeCharacters: '()' }),
  });
}
// 'automaticallyAfter with any duration of zero leaves RotationRules unset'
for (const [name, after] of [['Hours', cdk.Duration.hours(0)], ['Minutes', cdk.Duration.minutes(0)],
  ['Seconds', cdk.Duration.seconds(0)], ['Millis', cdk.Duration.millis(0)]]) {
  const stack = new cdk.Stack(app, `Zero${name}`);
  const secret = new sm.Secret(stack, 'Secret');
  new sm.RotationSchedule(stack, 'RotationSchedule', { secret, rotationLambda: rotator(stack), automaticallyAfter: after });
}
app.synth();
