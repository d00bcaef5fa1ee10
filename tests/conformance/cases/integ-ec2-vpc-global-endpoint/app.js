// Conformance case 'integ-ec2-vpc-global-endpoint': aws-ec2 test/integ.vpc-global-endpoint.ts
// (dropped: the IntegTest and the commented-out instance).
'use strict';
const ec2 = require('aws-cdk-lib/aws-ec2');
const cdk = require('aws-cdk-lib');
const { EC2_RESTRICT_DEFAULT_SECURITY_GROUP } = require('aws-cdk-lib/cx-api');

class Test extends cdk.Stack {
  constructor(scope, id) {
    super(scope, id);
    this.node.setContext(EC2_RESTRICT_DEFAULT_SECURITY_GROUP, false);

    const vpc = new ec2.Vpc(this, 'MyVpc', {
      enableDnsSupport: true,
      subnetConfiguration: [
        {
          name: 'Public',
          subnetType: ec2.SubnetType.PUBLIC,
          mapPublicIpOnLaunch: true,
        },
        {
          name: 'Private',
          subnetType: ec2.SubnetType.PRIVATE_ISOLATED,
        },
      ],
    });

    vpc.addInterfaceEndpoint('S3MultiRegionAccessEndpoint', {
      service: ec2.InterfaceVpcEndpointAwsService.S3_MULTI_REGION_ACCESS_POINTS,
    });
  }
}

const app = new cdk.App();

new Test(app, 'test-globalvpcendpoint');

app.synth();
