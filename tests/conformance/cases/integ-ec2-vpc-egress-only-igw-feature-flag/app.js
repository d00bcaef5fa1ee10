// Conformance case 'integ-ec2-vpc-egress-only-igw-feature-flag': aws-ec2
// test/integ.vpc-egress-only-igw-feature-flag.ts (dropped: the IntegTest; app.synth() added).
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

// Stack with feature flag enabled
const app = new cdk.App();

class VpcEgressOnlyIGWFeatureFlagEnabledStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);
    this.node.setContext(cdk.cx_api.EC2_REQUIRE_PRIVATE_SUBNETS_FOR_EGRESSONLYINTERNETGATEWAY, true);
    // Create a VPC
    new ec2.Vpc(this, 'VpcEnabled', {
      ipProtocol: ec2.IpProtocol.DUAL_STACK,
      subnetConfiguration: [
        {
          subnetType: ec2.SubnetType.PUBLIC,
          name: 'public',
        },
      ],
    });
  }
}

class VpcEgressOnlyIGWFeatureFlagDisabledStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);
    this.node.setContext(cdk.cx_api.EC2_REQUIRE_PRIVATE_SUBNETS_FOR_EGRESSONLYINTERNETGATEWAY, false);
    // Create a VPC
    new ec2.Vpc(this, 'VpcDisabled', {
      ipProtocol: ec2.IpProtocol.DUAL_STACK,
      subnetConfiguration: [
        {
          subnetType: ec2.SubnetType.PUBLIC,
          name: 'public',
        },
      ],
    });
  }
}

// Create the stacks
new VpcEgressOnlyIGWFeatureFlagEnabledStack(app, 'VpcMigrationFeatureFlagEnabledStack');
new VpcEgressOnlyIGWFeatureFlagDisabledStack(app, 'VpcMigrationFeatureFlagDisabledStack');

app.synth();
