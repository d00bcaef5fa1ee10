// Conformance case 'integ-ec2-vpc-endpoint-eusc': aws-ec2 test/integ.vpc-endpoint-eusc.ts
// (dropped: the IntegTest).
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const { EC2_RESTRICT_DEFAULT_SECURITY_GROUP } = require('aws-cdk-lib/cx-api');

class EuscVpcEndpointStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);
    this.node.setContext(EC2_RESTRICT_DEFAULT_SECURITY_GROUP, false);

    const vpc = new ec2.Vpc(this, 'EuscVpc');

    // Test VPC endpoints for eusc-de-east-1 region services
    vpc.addInterfaceEndpoint('EcrDkrEndpoint', {
      service: ec2.InterfaceVpcEndpointAwsService.ECR_DOCKER,
    });

    vpc.addInterfaceEndpoint('EcrApiEndpoint', {
      service: ec2.InterfaceVpcEndpointAwsService.ECR,
    });

    vpc.addInterfaceEndpoint('ApiGatewayEndpoint', {
      service: ec2.InterfaceVpcEndpointAwsService.APIGATEWAY,
    });

    vpc.addInterfaceEndpoint('SecurityHubEndpoint', {
      service: ec2.InterfaceVpcEndpointAwsService.SECURITYHUB,
    });
  }
}

const app = new cdk.App();

new EuscVpcEndpointStack(app, 'aws-cdk-ec2-vpc-endpoint-eusc', {
  env: { region: 'eusc-de-east-1' },
});

app.synth();
