// Conformance case 'unit-ec2-vpc-endpoint-service-names': vpc-endpoint.test.ts's interface endpoint
// names by region: cn.com.amazonaws prefixes in cn-north-1 (ECR) and cn-northwest-1 (Lambda), none
// for ECS and Glue, Transcribe in us-east-1 and both China regions (.cn suffix), CodeArtifact
// api/repositories, S3, Batch and the three autoscaling services in us-west-2; "with existing
// security groups for efs"; a partner service with privateDnsDefault (as private DNS given).
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App();
const S = ec2.InterfaceVpcEndpointAwsService;
const regions = [
  ['cn-north-1', [['Ecr', S.ECR], ['Ecs', S.ECS], ['Transcribe', S.TRANSCRIBE]]],
  ['cn-northwest-1', [['Lambda', S.LAMBDA], ['Glue', S.GLUE], ['Transcribe', S.TRANSCRIBE]]],
  ['us-east-1', [['Transcribe', S.TRANSCRIBE]]],
  ['us-west-2', [['CodeArtifactApi', S.CODEARTIFACT_API], ['CodeArtifactRepositories', S.CODEARTIFACT_REPOSITORIES],
    ['S3', S.S3], ['Batch', S.BATCH], ['Autoscaling', S.AUTOSCALING], ['AutoscalingPlans', S.AUTOSCALING_PLANS],
    ['ApplicationAutoscaling', S.APPLICATION_AUTOSCALING]]],
];
for (const [region, services] of regions) {
  const stack = new cdk.Stack(app, `Stack-${region}`, { env: { account: '123456789012', region } });
  const vpc = new ec2.Vpc(stack, 'VPC', { natGateways: 0, maxAzs: 2, restrictDefaultSecurityGroup: false });
  for (const [id, service] of services) vpc.addInterfaceEndpoint(id, { service });
}
{
  const stack = new cdk.Stack(app, 'TestStack');
  const vpc = new ec2.Vpc(stack, 'VpcNetwork', { natGateways: 0, restrictDefaultSecurityGroup: false });
  vpc.addInterfaceEndpoint('Efs', {
    service: S.ELASTIC_FILESYSTEM,
    securityGroups: [ec2.SecurityGroup.fromSecurityGroupId(stack, 'SG', 'existing-id')],
  });
  vpc.addInterfaceEndpoint('YourService', {
    service: { name: 'com.amazonaws.vpce.us-east-1.vpce-svc-mktplacesvcwprdns', port: 443, privateDnsDefault: true },
  });
}
app.synth();
