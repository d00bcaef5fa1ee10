// Conformance case 'event-sources-kafka-secret-vpc': SelfManagedKafkaEventSource in a VPC: the security
// group and the selected subnets as source access configurations, without a secret (no policy at all), with
// a secret of each authentication method, a root CA certificate (a Secret, and an imported partial ARN: no
// grant for either), and a security group and subnets given without the VPC
// Ported from aws-cdk: kafka.test.ts 'vpc' 'correctly rendered in the stack', 'with secret', 'using SCRAM-SHA-256',
// 'using BASIC_AUTH', 'using CLIENT_CERTIFICATE_TLS_AUTH', '... with rootCA', 'with rootCA', 'rootCACertificate can be ISecret'
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const lambda = require('aws-cdk-lib/aws-lambda');
const eventsources = require('aws-cdk-lib/aws-lambda-event-sources');
const sm = require('aws-cdk-lib/aws-secretsmanager');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
// without Custom::VpcRestrictDefaultSG under the init flags (ccdk's handler code is its own)
const vpc = new ec2.Vpc(stack, 'Vpc', { restrictDefaultSecurityGroup: false });
const sg = ec2.SecurityGroup.fromSecurityGroupId(stack, 'SecurityGroup', 'sg-0123456789');
const bootstrapServers = ['kafka-broker:9092'];
const newFn = (id) => new lambda.Function(stack, id, {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => 1;'),
});
newFn('NoSecret').addEventSource(new eventsources.SelfManagedKafkaEventSource({
  bootstrapServers,
  topic: 'some-topic',
  startingPosition: lambda.StartingPosition.TRIM_HORIZON,
  vpc,
  vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
  securityGroup: sg,
}));
const secret = new sm.Secret(stack, 'Secret', { secretName: 'AmazonMSK_KafkaSecret' });
const rootCA = new sm.Secret(stack, 'RootCASecret', { secretName: 'AmazonMSK_KafkaSecret_Root_CA' });
const methods = [
  ['Default', undefined],
  ['Scram256', eventsources.AuthenticationMethod.SASL_SCRAM_256_AUTH],
  ['Scram512', eventsources.AuthenticationMethod.SASL_SCRAM_512_AUTH],
  ['Basic', eventsources.AuthenticationMethod.BASIC_AUTH],
  ['Tls', eventsources.AuthenticationMethod.CLIENT_CERTIFICATE_TLS_AUTH],
];
for (const [id, authenticationMethod] of methods) {
  newFn(id).addEventSource(new eventsources.SelfManagedKafkaEventSource({
    bootstrapServers,
    topic: `topic-${id}`,
    secret,
    authenticationMethod,
    rootCACertificate: id === 'Tls' ? rootCA : undefined,
    startingPosition: lambda.StartingPosition.TRIM_HORIZON,
    vpc,
    vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
    securityGroup: sg,
  }));
}
newFn('RootCAOnly').addEventSource(new eventsources.SelfManagedKafkaEventSource({
  bootstrapServers,
  topic: 'some-topic',
  startingPosition: lambda.StartingPosition.TRIM_HORIZON,
  vpc,
  vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC },
  securityGroup: sg,
  rootCACertificate: sm.Secret.fromSecretPartialArn(stack, 'ImportedRootCA', 'arn:aws:secretsmanager:us-east-1:012345678901:secret:mock'),
}));
// security group and subnets without the VPC (the secret is required then): the group only
newFn('NoVpc').addEventSource(new eventsources.SelfManagedKafkaEventSource({
  bootstrapServers: ['other-broker:9092'],
  topic: 'some-topic',
  secret,
  startingPosition: lambda.StartingPosition.LATEST,
  vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
  securityGroup: new ec2.SecurityGroup(stack, 'KafkaClients', { vpc }),
}));

app.synth();
